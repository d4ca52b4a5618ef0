// The tie graph in GDS's memory: every organisation, linked to each organisation it shares a
// project with or cooperates with (memberships are not ties). Each pair once (a.id < b.id), read
// as undirected; an organisation without ties comes in alone (target null).
CALL () {
  MATCH (o:Organization)
  RETURN o AS a, null AS b
  UNION
  MATCH (a)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(b)
  WHERE a.id < b.id
  RETURN a, b
  UNION
  // Each cooperation once (stored directed), its ends in id order.
  MATCH (x:Organization)-[:COOPERATES_WITH]->(y:Organization)
  RETURN CASE WHEN x.id < y.id THEN x ELSE y END AS a, CASE WHEN x.id < y.id THEN y ELSE x END AS b
}
WITH gds.graph.project($graph, a, b, {}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodes, g.relationshipCount / 2 AS ties
