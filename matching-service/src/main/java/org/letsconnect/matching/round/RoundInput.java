package org.letsconnect.matching.round;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a round assigns: the open requests and the sharers' free places. The order of either list does not matter:
 * the same requests and sharers in any order give the same result.
 *
 * @param requests the open requests, each request id once
 * @param sharers the sharers' free places, each sharer once; a sharer that a request names but that is not here has
 *        no free place
 */
public record RoundInput(List<OpenRequest> requests, List<SharerCapacity> sharers) {

    public RoundInput {
        requests = requests == null ? List.of() : List.copyOf(requests);
        sharers = sharers == null ? List.of() : List.copyOf(sharers);
        Set<String> requestIds = new HashSet<>();
        for (OpenRequest request : requests) {
            if (!requestIds.add(request.requestId())) {
                throw new IllegalArgumentException("request " + request.requestId() + " appears twice");
            }
        }
        Set<String> sharerIds = new HashSet<>();
        for (SharerCapacity sharer : sharers) {
            if (!sharerIds.add(sharer.sharerId())) {
                throw new IllegalArgumentException("sharer " + sharer.sharerId() + " appears twice");
            }
        }
    }
}
