// The $limit largest communities of the stored metrics (at least $minSize members), each with its
// dominant competences and districts (top 3 by members holding or located there) and its hubs
// (top 3 by betweenness).
MATCH (o:Organization)
WHERE o.communityId IS NOT NULL
WITH o.communityId AS id, collect(o) AS members
WHERE size(members) >= $minSize
WITH id, members ORDER BY size(members) DESC, id LIMIT toInteger($limit)
CALL (members) {
  UNWIND members AS m
  MATCH (m)-[:HAS_COMPETENCE]->(k:Competence)
  WITH k, count(*) AS n ORDER BY n DESC, k.id LIMIT 3
  RETURN collect({key: k.id, label: k.nameDe, count: n}) AS competences
}
CALL (members) {
  UNWIND members AS m
  MATCH (m)-[:LOCATED_IN]->(:Place)-[:IN_DISTRICT]->(d:District)
  WITH d, count(*) AS n ORDER BY n DESC, d.id LIMIT 3
  RETURN collect({key: d.id, label: d.name, count: n}) AS districts
}
CALL (members) {
  UNWIND members AS m
  WITH m ORDER BY m.betweenness DESC, m.id LIMIT 3
  RETURN collect({id: m.id, name: m.name, kind: m.kind}) AS hubs
}
RETURN id, size(members) AS size,
       size([m IN members WHERE m:Company]) AS companies,
       size([m IN members WHERE m:University OR m:ResearchInstitute]) AS research,
       members[0].componentId AS componentId,
       competences, districts, hubs
ORDER BY size DESC, id
