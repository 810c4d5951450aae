package org.letsconnect.registry.skill;

/**
 * Example answers for the OpenAPI document, taken from the taxonomy data (a test keeps them in step with it).
 */
final class SkillExamples {

    /** {@code GET /api/v1/skills} with {@code Accept-Language: es}, cut down to one branch of one root category. */
    static final String TREE = """
            {
              "version": "1.0.0",
              "language": "es",
              "skills": [
                {
                  "code": "Q11016",
                  "label": "Tecnología",
                  "description": "Proyectos Wikimedia, herramientas y habilidades técnicas para crear, mejorar y compartir conocimiento libre.",
                  "language": "es",
                  "level": 1,
                  "category": "technology",
                  "aliases": ["technical skills", "Wikimedia projects"],
                  "children": [
                    {
                      "code": "Q2013",
                      "label": "Wikidata",
                      "description": "Añadir, consultar y reutilizar datos estructurados en la base de conocimiento libre.",
                      "language": "es",
                      "level": 2,
                      "category": "technology",
                      "aliases": ["structured data", "linked open data"],
                      "children": [
                        {
                          "code": "Q54871",
                          "label": "Consultas con SPARQL",
                          "description": "Escribir consultas SPARQL en el Wikidata Query Service para encontrar, contar y visualizar datos.",
                          "language": "es",
                          "level": 3,
                          "category": "technology",
                          "aliases": ["SPARQL", "Wikidata Query Service", "WDQS", "querying"],
                          "children": []
                        }
                      ]
                    }
                  ]
                }
              ]
            }
            """;

    /** {@code GET /api/v1/skills/Q54871?lang=fr}. */
    static final String DETAIL = """
            {
              "code": "Q54871",
              "label": "Requêtes SPARQL",
              "description": "Écrire des requêtes SPARQL dans le Wikidata Query Service pour trouver, compter et visualiser des données.",
              "language": "fr",
              "level": 3,
              "category": "technology",
              "provisional": false,
              "aliases": ["SPARQL", "Wikidata Query Service", "WDQS", "querying"],
              "path": [
                {"code": "Q11016", "label": "Technologie", "language": "fr"},
                {"code": "Q2013", "label": "Wikidata", "language": "fr"},
                {"code": "Q54871", "label": "Requêtes SPARQL", "language": "fr"}
              ],
              "children": []
            }
            """;

    /** {@code GET /api/v1/skills/Q1} for a code the taxonomy does not have, with {@code Accept-Language: en}. */
    static final String NOT_FOUND = """
            {
              "type": "urn:letsconnect:problem:not-found",
              "title": "Not found",
              "status": 404,
              "detail": "There is no skill with the code Q1 in the skills taxonomy.",
              "instance": "/api/v1/skills/Q1"
            }
            """;

    private SkillExamples() {
    }
}
