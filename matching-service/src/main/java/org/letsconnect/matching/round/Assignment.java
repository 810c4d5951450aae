package org.letsconnect.matching.round;

/**
 * One request a round gives to a sharer.
 *
 * @param requestId the request
 * @param learnerId the request's learner
 * @param sharerId the sharer it goes to
 * @param skill the request's skill
 * @param score the pair's score (the option's)
 */
public record Assignment(String requestId, String learnerId, String sharerId, String skill, int score) {
}
