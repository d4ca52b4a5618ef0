// Lens on research without industry: universities and institutes with and without any company
// partner (a shared project or a cooperation), as gaps/research-without-industry.cypher.
MATCH (r:Organization)
WHERE r:University OR r:ResearchInstitute
WITH r, EXISTS { (r)-[:COOPERATES_WITH]-(:Company) }
  OR EXISTS { (r)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(:Company) } AS industry
RETURN CASE WHEN industry THEN 'with_industry' ELSE 'without_industry' END AS key, collect(r.id) AS ids
