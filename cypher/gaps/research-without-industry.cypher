// Universities and institutes that share no project and no cooperation with any company, with
// their competences and ties to other organisations; $withCompetencesOnly keeps those holding at
// least one cluster competence (most others work outside the metal cluster).
MATCH (r:Organization)
WHERE (r:University OR r:ResearchInstitute)
  AND NOT EXISTS { (r)-[:COOPERATES_WITH]-(:Company) }
  AND NOT EXISTS { (r)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(:Company) }
WITH r, COLLECT { MATCH (r)-[:HAS_COMPETENCE]->(k:Competence) RETURN k.id ORDER BY k.id } AS competences
WHERE NOT $withCompetencesOnly OR size(competences) > 0
OPTIONAL MATCH (r)-[:LOCATED_IN]->(p:Place)-[:IN_DISTRICT]->(d:District)
WITH r, p, d, competences,
  COUNT { MATCH (r)-[:PARTICIPATES_IN]->(pr:Project) RETURN pr } AS projects,
  COUNT {
    MATCH (r)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(x:Organization) RETURN x
    UNION
    MATCH (r)-[:COOPERATES_WITH]-(x:Organization) RETURN x
  } AS partners
RETURN {id: r.id, name: r.name, shortName: r.shortName, kind: r.kind, employees: r.employees,
        sizeClass: r.sizeClass, synthetic: r.synthetic, place: p.name, district: d.id, districtName: d.name, competences: competences} AS organization,
       partners, projects
ORDER BY partners DESC, projects DESC, r.name, r.id
LIMIT toInteger($limit)
