// Ties (organisation pairs sharing a project or a cooperation) within and between districts, and
// each district's link to research: its research organisations, its ties with research
// organisations anywhere, its companies with a direct research tie. A district is cut off from
// research when it has no research organisation and none of its organisations has such a tie.
CALL () {
  MATCH (a)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(b) WHERE a.id < b.id
  RETURN a, b
  UNION
  MATCH (x:Organization)-[:COOPERATES_WITH]->(y:Organization)
  RETURN CASE WHEN x.id < y.id THEN x ELSE y END AS a, CASE WHEN x.id < y.id THEN y ELSE x END AS b
}
MATCH (a)-[:LOCATED_IN]->(:Place)-[:IN_DISTRICT]->(da:District)
MATCH (b)-[:LOCATED_IN]->(:Place)-[:IN_DISTRICT]->(db:District)
WITH da.id AS x, db.id AS y, a:University OR a:ResearchInstitute AS ra, b:University OR b:ResearchInstitute AS rb
// As an unordered pair d1 <= d2; r1: d1's end tied to research at the d2 end, r2 the other way.
WITH CASE WHEN x <= y THEN x ELSE y END AS d1, CASE WHEN x <= y THEN y ELSE x END AS d2,
     CASE WHEN x <= y THEN rb ELSE ra END AS r1, CASE WHEN x <= y THEN ra ELSE rb END AS r2
WITH d1, d2, count(*) AS ties,
     sum(CASE WHEN r1 THEN 1 ELSE 0 END) AS r1, sum(CASE WHEN r2 THEN 1 ELSE 0 END) AS r2,
     sum(CASE WHEN r1 OR r2 THEN 1 ELSE 0 END) AS either
WITH collect({d1: d1, d2: d2, ties: ties, r1: r1, r2: r2, either: either}) AS pairs
CALL (pairs) {
  MATCH (d:District)
  OPTIONAL MATCH (d)<-[:IN_DISTRICT]-(:Place)<-[:LOCATED_IN]-(o:Organization)
  WITH d, pairs, count(o) AS organizations,
       sum(CASE WHEN o:Company THEN 1 ELSE 0 END) AS companies,
       sum(CASE WHEN o:University OR o:ResearchInstitute THEN 1 ELSE 0 END) AS research,
       sum(CASE WHEN o:Company AND (
             EXISTS { (o)-[:COOPERATES_WITH]-(r:Organization) WHERE r:University OR r:ResearchInstitute }
             OR EXISTS { (o)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(r:Organization) WHERE r:University OR r:ResearchInstitute })
           THEN 1 ELSE 0 END) AS companiesWithResearchTie
  WITH d, organizations, companies, research, companiesWithResearchTie,
       reduce(s = 0, p IN pairs | s + CASE WHEN p.d1 = d.id AND p.d2 = d.id THEN p.ties ELSE 0 END) AS tiesWithin,
       reduce(s = 0, p IN pairs | s + CASE WHEN (p.d1 = d.id) <> (p.d2 = d.id) THEN p.ties ELSE 0 END) AS tiesOutside,
       reduce(s = 0, p IN pairs | s + CASE
         WHEN p.d1 = d.id AND p.d2 = d.id THEN p.either
         WHEN p.d1 = d.id THEN p.r1
         WHEN p.d2 = d.id THEN p.r2
         ELSE 0 END) AS researchTies
  RETURN collect({
    district: {id: d.id, name: d.name, kind: d.kind}, organizations: organizations, companies: companies,
    research: research, companiesWithResearchTie: companiesWithResearchTie, tiesWithin: tiesWithin,
    tiesOutside: tiesOutside, researchTies: researchTies, cutOffFromResearch: research = 0 AND researchTies = 0
  }) AS districts
}
RETURN districts,
  [p IN pairs WHERE p.d1 <> p.d2 | {from: p.d1, to: p.d2, ties: p.ties}] AS between
