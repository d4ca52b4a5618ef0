// Projects as nodes (participations as edges) instead of a clique per project: fewer elements.
// $minParticipants counts among the organisations given ($ids): 2 leaves out projects that tie none of them together.
UNWIND $ids AS orgId
MATCH (o:Organization {id: orgId})-[r:PARTICIPATES_IN]->(p:Project)-[:CONTRIBUTES_TO]->(a:ActionField)
WHERE {{network/project-filter}}
WITH p, a, collect({org: o.id, role: r.role}) AS participants
WHERE size(participants) >= $minParticipants
RETURN p.id AS id, p.title AS title, p.level AS level, p.programme AS programme,
       p.start.year AS startYear, p.end.year AS endYear, p.synthetic AS synthetic,
       p.x AS x, p.y AS y, a.id AS actionField, participants
ORDER BY id
