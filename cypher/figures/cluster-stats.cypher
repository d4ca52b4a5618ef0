// The figures a cluster manager quotes, in one round trip. Organisations are counted in the region
// (placed in one of its districts); partners elsewhere, brought by public sources, are counted apart.
CALL () {
  MATCH (c:Company) WHERE (c)-[:LOCATED_IN]->(:Place)-[:IN_DISTRICT]->(:District)
  RETURN count(c) AS companies, sum(c.employees) AS employees,
         sum(CASE WHEN c.synthetic THEN 1 ELSE 0 END) AS syntheticCompanies
}
CALL () {
  MATCH (u:University) WHERE (u)-[:LOCATED_IN]->(:Place)-[:IN_DISTRICT]->(:District)
  // Kind and society are optional on a record (an import may leave them out): counted, not null.
  WITH coalesce(u.universityKind, 'unknown') AS kind, count(*) AS n ORDER BY kind
  RETURN collect({kind: kind, count: n}) AS universitiesByKind, sum(n) AS universities
}
CALL () {
  MATCH (r:ResearchInstitute) WHERE (r)-[:LOCATED_IN]->(:Place)-[:IN_DISTRICT]->(:District)
  WITH coalesce(r.society, 'other') AS society, count(*) AS n ORDER BY society
  RETURN collect({kind: society, count: n}) AS institutesBySociety, sum(n) AS institutes
}
CALL () {
  MATCH (o:Organization) WHERE NOT o:Company AND NOT o:University AND NOT o:ResearchInstitute
    AND (o)-[:LOCATED_IN]->(:Place)-[:IN_DISTRICT]->(:District)
  WITH o.kind AS kind, count(*) AS n ORDER BY kind
  RETURN collect({kind: kind, count: n}) AS otherActorsByKind, sum(n) AS otherActors
}
CALL () {
  MATCH (o:Organization)
  RETURN sum(CASE WHEN o.synthetic THEN 1 ELSE 0 END) AS syntheticOrganizations,
         sum(CASE WHEN o.synthetic THEN 0 ELSE 1 END) AS realOrganizations,
         sum(CASE WHEN (o)-[:LOCATED_IN]->(:Place)-[:IN_DISTRICT]->(:District) THEN 0 ELSE 1 END) AS outsideRegion
}
CALL () { MATCH (p:Project) RETURN count(p) AS projects }
CALL () { MATCH ()-[r:PARTICIPATES_IN]->() RETURN count(r) AS participations }
CALL () { MATCH ()-[r:COOPERATES_WITH]->() RETURN count(r) AS cooperations }
CALL () { MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS memberships }
CALL () { MATCH (p:Place) RETURN count(p) AS places }
CALL () { MATCH (d:District) RETURN count(d) AS districts }
CALL () { MATCH (c:Competence) RETURN count(c) AS competences }
RETURN *
