// Research-reach lens: each company by its distance to research (direct, within_two, none) with
// the definitions of gaps/research-reach.cypher (a test checks both count alike), and the
// universities and institutes themselves.
MATCH (c:Company)
WITH c,
  EXISTS { (c)-[:COOPERATES_WITH]-(r:Organization) WHERE r:University OR r:ResearchInstitute }
  OR EXISTS { (c)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(r:Organization) WHERE r:University OR r:ResearchInstitute } AS direct
WITH c, direct, direct
  OR EXISTS {
    MATCH (c)-[:COOPERATES_WITH]-(x:Organization)
    WHERE EXISTS { (x)-[:COOPERATES_WITH]-(r:Organization) WHERE r:University OR r:ResearchInstitute }
       OR EXISTS { (x)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(r:Organization) WHERE r:University OR r:ResearchInstitute }
  }
  OR EXISTS {
    MATCH (c)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(x:Organization)
    WHERE EXISTS { (x)-[:COOPERATES_WITH]-(r:Organization) WHERE r:University OR r:ResearchInstitute }
       OR EXISTS { (x)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(r:Organization) WHERE r:University OR r:ResearchInstitute }
  } AS withinTwo
WITH CASE WHEN direct THEN 'direct' WHEN withinTwo THEN 'within_two' ELSE 'none' END AS key, collect(c.id) AS ids
RETURN key, ids
UNION ALL
MATCH (r:Organization) WHERE r:University OR r:ResearchInstitute
RETURN 'research' AS key, collect(r.id) AS ids
