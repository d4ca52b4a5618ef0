// What "within reach of research" means, for every company c in scope: `direct` is a tie (a shared
// project or a cooperation) with a university or institute, `withinTwo` also counts a tie through
// one partner. Keeps c, direct and withinTwo.
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
