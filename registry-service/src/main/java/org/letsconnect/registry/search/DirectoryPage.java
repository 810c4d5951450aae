package org.letsconnect.registry.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a directory search, with the facet counts of the whole filtered set (not only of the page).
 *
 * @param page the 0-based page number asked for
 * @param size the page size asked for (the last page may hold fewer items)
 * @param total how many profiles match the filters
 */
public record DirectoryPage(List<DirectoryCard> items, int page, int size, long total, Facets facets) {

    /** The top values of each facet, most frequent first (ties in code order). */
    public record Facets(List<FacetCount> region, List<FacetCount> language, List<FacetCount> skill) {
    }

    /**
     * A facet value and how many profiles of the filtered set have it.
     *
     * @param label the skill's name in the caller's language (skills only)
     */
    public record FacetCount(String value, @JsonInclude(JsonInclude.Include.NON_NULL) String label, long count) {
    }
}
