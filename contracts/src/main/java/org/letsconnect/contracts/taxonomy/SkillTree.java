package org.letsconnect.contracts.taxonomy;

import java.util.LinkedHashSet;
import java.util.Set;

/** Placeholder of the taxonomy reader (replaced by the taxonomy move). */
public final class SkillTree {

    private static final SkillTree STANDARD = new SkillTree();

    public static SkillTree standard() {
        return STANDARD;
    }

    public Set<String> selfAndDescendants(String code) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(code);
        return codes;
    }
}
