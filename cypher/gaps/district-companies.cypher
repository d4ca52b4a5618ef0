// Companies located in $district, the most tied first, then by head count: the ones an
// introduction reaches furthest from.
MATCH (:District {id: $district})<-[:IN_DISTRICT]-(:Place)<-[:LOCATED_IN]-(c:Company)
WITH c, COUNT { (c)-[:COOPERATES_WITH|PARTICIPATES_IN]-() } AS ties
ORDER BY ties DESC, coalesce(c.employees, 0) DESC, c.id
LIMIT toInteger($limit)
RETURN c.id AS id
