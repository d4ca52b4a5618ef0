// The figures a cluster manager quotes, in one round trip.
CALL () {
  MATCH (c:Company)
  RETURN count(c) AS companies, sum(c.employees) AS employees,
         sum(CASE WHEN c.synthetic THEN 1 ELSE 0 END) AS syntheticCompanies
}
CALL () {
  MATCH (u:University)
  WITH coalesce(u.universityKind, 'unknown') AS kind, count(*) AS n ORDER BY kind
  RETURN collect({kind: kind, count: n}) AS universitiesByKind, sum(n) AS universities
}
CALL () {
  MATCH (r:ResearchInstitute)
  WITH coalesce(r.society, 'other') AS society, count(*) AS n ORDER BY society
  RETURN collect({kind: society, count: n}) AS institutesBySociety, sum(n) AS institutes
}
CALL () {
  MATCH (o:Organization) WHERE NOT o:Company AND NOT o:University AND NOT o:ResearchInstitute
  WITH o.kind AS kind, count(*) AS n ORDER BY kind
  RETURN collect({kind: kind, count: n}) AS otherActorsByKind, sum(n) AS otherActors
}
CALL () {
  MATCH (o:Organization)
  RETURN sum(CASE WHEN o.synthetic THEN 1 ELSE 0 END) AS syntheticOrganizations,
         sum(CASE WHEN o.synthetic THEN 0 ELSE 1 END) AS realOrganizations
}
CALL () { MATCH (p:Project) RETURN count(p) AS projects }
CALL () { MATCH ()-[r:PARTICIPATES_IN]->() RETURN count(r) AS participations }
CALL () { MATCH ()-[r:COOPERATES_WITH]->() RETURN count(r) AS cooperations }
CALL () { MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS memberships }
CALL () { MATCH (p:Place) RETURN count(p) AS places }
CALL () { MATCH (d:District) RETURN count(d) AS districts }
CALL () { MATCH (c:Competence) RETURN count(c) AS competences }
RETURN *
