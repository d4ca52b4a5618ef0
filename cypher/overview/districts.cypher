// Per district: its organisations by kind, the projects they take part in, the companies with a
// tie to research (a cooperation or a shared project with a university or institute), and the
// organisation pairs tied within it. Computed with the network metrics (analysis/overview.ts).
MATCH (d:District)
CALL (d) {
  OPTIONAL MATCH (d)<-[:IN_DISTRICT]-(:Place)<-[:LOCATED_IN]-(o:Organization)
  RETURN count(o) AS organizations,
         count(CASE WHEN o.kind = 'company' THEN 1 END) AS companies,
         count(CASE WHEN o.kind IN $researchKinds THEN 1 END) AS research,
         count(CASE WHEN o.synthetic THEN 1 END) AS synthetic
}
CALL (d) {
  OPTIONAL MATCH (d)<-[:IN_DISTRICT]-(:Place)<-[:LOCATED_IN]-(:Organization)-[:PARTICIPATES_IN]->(p:Project)
  RETURN count(DISTINCT p) AS projects
}
CALL (d) {
  OPTIONAL MATCH (d)<-[:IN_DISTRICT]-(:Place)<-[:LOCATED_IN]-(c:Organization {kind: 'company'})
  WHERE EXISTS { (c)-[:COOPERATES_WITH]-(r:Organization) WHERE r.kind IN $researchKinds }
     OR EXISTS { (c)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(r:Organization) WHERE r.kind IN $researchKinds }
  RETURN count(c) AS researchLinked
}
RETURN d.id AS id, organizations, companies, research, synthetic, projects, researchLinked
ORDER BY id
