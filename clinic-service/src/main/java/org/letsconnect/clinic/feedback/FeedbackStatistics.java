package org.letsconnect.clinic.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * What the answers about one space add up to: how many, the average usefulness, how many gave each rating, and the
 * skills people want more of, most wanted first. For the space's feedback page and its report.
 *
 * @param usefulness answers per rating, all five ratings present ("1" to "5")
 * @param averageUsefulness null when nobody answered
 */
public record FeedbackStatistics(long answers, Double averageUsefulness, Map<String, Long> usefulness,
        List<SkillCount> wantMoreOfSkills) {

    /** A skill code and how many answers ask for more of it. */
    public record SkillCount(String skill, long answers) {
    }

    /** The statistics of one space's answers; call inside a Panache session. */
    public static Uni<FeedbackStatistics> of(UUID spaceId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                select usefulness, count(*) from feedback where space_id = :space group by usefulness""",
                Object[].class)
                .setParameter("space", spaceId).getResultList()
                .flatMap(ratings -> session.createNativeQuery("""
                        select skill, count(*) from feedback, unnest(want_more_of_skills) as skill
                        where space_id = :space group by skill order by count(*) desc, skill""", Object[].class)
                        .setParameter("space", spaceId).getResultList()
                        .map(skills -> of(ratings, skills))));
    }

    private static FeedbackStatistics of(List<Object[]> ratings, List<Object[]> skills) {
        Map<String, Long> histogram = new LinkedHashMap<>();
        for (int rating = 1; rating <= 5; rating++) {
            histogram.put(String.valueOf(rating), 0L);
        }
        long answers = 0;
        long sum = 0;
        for (Object[] row : ratings) {
            int rating = ((Number) row[0]).intValue();
            long count = ((Number) row[1]).longValue();
            histogram.put(String.valueOf(rating), count);
            answers += count;
            sum += rating * count;
        }
        List<SkillCount> wanted = new ArrayList<>();
        for (Object[] row : skills) {
            wanted.add(new SkillCount((String) row[0], ((Number) row[1]).longValue()));
        }
        Double average = answers == 0 ? null : Math.round(sum * 100.0 / answers) / 100.0;
        return new FeedbackStatistics(answers, average, histogram, wanted);
    }
}
