// Competence fields × (companies holding it, research organisations holding it, company–research
// ties in it). A tie is "in" a field when the pair shares a project addressing it, or when both
// hold it and share any project or a cooperation. researchProjects: projects addressing the field
// with a research participant; linkedCompanies: holders with any tie to research. Whatever touches
// research starts from the research organisations: there are about a hundred of them.
CALL () {
  MATCH (r:Organization) WHERE r:University OR r:ResearchInstitute
  CALL (r) {
    MATCH (r)-[:COOPERATES_WITH]-(c:Company) RETURN c
    UNION
    MATCH (r)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(c:Company) RETURN c
  }
  WITH DISTINCT c
  MATCH (c)-[:HAS_COMPETENCE]->(k:Competence)
  WITH k, count(*) AS n
  RETURN collect({id: k.id, n: n}) AS linked
}
CALL () {
  CALL () {
    MATCH (k:Competence)<-[:ADDRESSES]-(p:Project)
    WITH k, p
    MATCH (p)<-[:PARTICIPATES_IN]-(r:Organization) WHERE r:University OR r:ResearchInstitute
    MATCH (p)<-[:PARTICIPATES_IN]-(c:Company)
    RETURN k, c, r
    UNION
    MATCH (r:Organization) WHERE r:University OR r:ResearchInstitute
    CALL (r) {
      MATCH (r)-[:COOPERATES_WITH]-(c:Company) RETURN c
      UNION
      MATCH (r)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(c:Company) RETURN c
    }
    MATCH (r)-[:HAS_COMPETENCE]->(k:Competence)<-[:HAS_COMPETENCE]-(c)
    RETURN k, c, r
  }
  WITH k, count(*) AS n
  RETURN collect({id: k.id, n: n}) AS tied
}
MATCH (k:Competence)
CALL (k) {
  MATCH (k)<-[:HAS_COMPETENCE]-(o)
  RETURN sum(CASE WHEN o:Company THEN 1 ELSE 0 END) AS companies,
         sum(CASE WHEN o:University OR o:ResearchInstitute THEN 1 ELSE 0 END) AS research
}
CALL (k) {
  MATCH (k)<-[:ADDRESSES]-(p:Project)
  WHERE EXISTS { (p)<-[:PARTICIPATES_IN]-(r:Organization) WHERE r:University OR r:ResearchInstitute }
  RETURN count(p) AS researchProjects
}
WITH k, companies, research, researchProjects,
     coalesce([x IN tied WHERE x.id = k.id][0].n, 0) AS ties,
     coalesce([x IN linked WHERE x.id = k.id][0].n, 0) AS linkedCompanies
RETURN {id: k.id, nameDe: k.nameDe, nameEn: k.nameEn, core: k.core} AS competence,
       companies, research, ties, researchProjects, linkedCompanies,
       companies > 0 AND research = 0 AND researchProjects = 0 AND linkedCompanies = 0 AS whiteSpot,
       companies > 0 AND ties = 0 AS demandWithoutResearchLink,
       research > 0 AND ties = 0 AS supplyWithoutUptake
ORDER BY companies DESC, k.id
