// Companies holding $competence, the most tied first, then by head count: the ones an
// introduction reaches furthest from.
MATCH (:Competence {id: $competence})<-[:HAS_COMPETENCE]-(c:Company)
WITH c, COUNT { (c)-[:COOPERATES_WITH|PARTICIPATES_IN]-() } AS ties
ORDER BY ties DESC, coalesce(c.employees, 0) DESC, c.id
LIMIT toInteger($limit)
RETURN c.id AS id
