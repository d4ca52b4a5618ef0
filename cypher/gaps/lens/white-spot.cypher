// White-spot lens for one competence: the universities and institutes holding it, and the
// companies holding it with (linked) or without (unlinked) any research tie, the definitions of
// linkedCompanies in gaps/white-spots.cypher.
MATCH (:Competence {id: $target})<-[:HAS_COMPETENCE]-(o:Organization)
WHERE o:Company OR o:University OR o:ResearchInstitute
WITH o, CASE
  WHEN NOT o:Company THEN 'research'
  WHEN EXISTS { (o)-[:COOPERATES_WITH]-(r:Organization) WHERE r:University OR r:ResearchInstitute }
    OR EXISTS { (o)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(r:Organization) WHERE r:University OR r:ResearchInstitute }
    THEN 'linked'
  ELSE 'unlinked' END AS key
RETURN key, collect(o.id) AS ids
