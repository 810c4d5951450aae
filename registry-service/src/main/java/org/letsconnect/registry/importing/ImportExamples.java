package org.letsconnect.registry.importing;

/** Example payloads for the OpenAPI document. */
final class ImportExamples {

    static final String CSV = """
            Timestamp,Email Address,What is your Wikimedia username?,Full name,Pronouns,Which region are you from?,\
            Country,Which languages do you speak?,Affiliation,What is your role in the movement?,\
            What year did you join the Wikimedia movement?,Which Wikimedia projects do you contribute to?,\
            Which skills would you like to learn?,Which skills can you share?,\
            Would you like to be contacted for 1:1 connections?
            2024/03/05 2:14:33 PM GMT+1,amina@example.org,Amina Yusuf,Amina Yusuf,she/her,Sub-Saharan Africa,Nigeria,\
            "English, Hausa",Wikimedia User Group Nigeria,Volunteer organiser,2019,"Wikipedia, Wikidata",\
            Writing grant proposals,Wikimedia Commons,Yes
            """;

    static final String REPORT = """
            {
              "rows": 3,
              "created": 1,
              "updated": 0,
              "unchanged": 1,
              "skipped": [
                {"row": 4, "username": "Nobody Here", "reasons": ["There is no Wikimedia account named Nobody Here."],
                 "codes": ["username-not-found"]}
              ],
              "warnings": [
                {"row": 2, "field": "skillsToLearn", "value": "Underwater basket weaving",
                 "reason": "Underwater basket weaving is not a skill of the skills taxonomy; it was left out.",
                 "code": "skill-unknown"}
              ]
            }""";

    private ImportExamples() {
    }
}
