// One district in aggregate by town (place): per place its organisations by kind and its
// companies with a tie to research (as in districts.cypher), for a district too large to draw
// whole. It reads only that district's organisations.
MATCH (:District {id: $district})<-[:IN_DISTRICT]-(p:Place)
CALL (p) {
  OPTIONAL MATCH (p)<-[:LOCATED_IN]-(o:Organization)
  RETURN count(o) AS organizations,
         count(CASE WHEN o.kind = 'company' THEN 1 END) AS companies,
         count(CASE WHEN o.kind IN $researchKinds THEN 1 END) AS research,
         count(CASE WHEN o.synthetic THEN 1 END) AS synthetic
}
CALL (p) {
  OPTIONAL MATCH (p)<-[:LOCATED_IN]-(c:Organization {kind: 'company'})
  WHERE EXISTS { (c)-[:COOPERATES_WITH]-(r:Organization) WHERE r.kind IN $researchKinds }
     OR EXISTS { (c)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(r:Organization) WHERE r.kind IN $researchKinds }
  RETURN count(c) AS researchLinked
}
RETURN p.id AS id, p.name AS name, p.location.latitude AS lat, p.location.longitude AS lon,
       organizations, companies, research, synthetic, researchLinked
ORDER BY id
