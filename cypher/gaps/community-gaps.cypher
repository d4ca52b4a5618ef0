// Pairs of the given communities ($communities: [{id, competences}], their dominant competences)
// that share a dominant competence but have no tie between any of their members.
WITH [c IN $communities | c.id] AS ids
CALL (ids) {
  MATCH (a)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(b)
  WHERE a.communityId < b.communityId AND a.communityId IN ids AND b.communityId IN ids
  RETURN a.communityId AS x, b.communityId AS y
  UNION
  MATCH (a:Organization)-[:COOPERATES_WITH]-(b:Organization)
  WHERE a.communityId < b.communityId AND a.communityId IN ids AND b.communityId IN ids
  RETURN a.communityId AS x, b.communityId AS y
}
WITH collect([x, y]) AS linked
UNWIND $communities AS c1
UNWIND $communities AS c2
WITH c1, c2, linked WHERE c1.id < c2.id
WITH c1, c2, [k IN c1.competences WHERE k IN c2.competences] AS shared, linked
WHERE size(shared) > 0 AND NOT [c1.id, c2.id] IN linked
RETURN c1.id AS a, c2.id AS b, shared AS sharedCompetences
ORDER BY size(shared) DESC, a, b
LIMIT toInteger($limit)
