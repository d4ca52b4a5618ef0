// Universities and institutes that share no project and no cooperation with any company, with
// their competences and ties to other organisations; $withCompetencesOnly keeps those holding at
// least one cluster competence (most others work outside the metal cluster).
MATCH (o:Organization)
WHERE (o:University OR o:ResearchInstitute)
  AND NOT EXISTS { (o)-[:COOPERATES_WITH]-(:Company) }
  AND NOT EXISTS { (o)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(:Company) }
  AND (NOT $withCompetencesOnly OR EXISTS { (o)-[:HAS_COMPETENCE]->(:Competence) })
OPTIONAL MATCH (o)-[:LOCATED_IN]->(p:Place)-[:IN_DISTRICT]->(d:District)
WITH o, p, d,
  COUNT { MATCH (o)-[:PARTICIPATES_IN]->(pr:Project) RETURN pr } AS projects,
  COUNT {
    MATCH (o)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(x:Organization) RETURN x
    UNION
    MATCH (o)-[:COOPERATES_WITH]-(x:Organization) RETURN x
  } AS partners
RETURN {{gaps/organization}} AS organization, partners, projects
ORDER BY partners DESC, projects DESC, o.name, o.id
LIMIT toInteger($limit)
