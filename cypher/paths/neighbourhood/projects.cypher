// The projects of a neighbourhood by id, with the columns of network/projects; participants are
// those among the neighbourhood's organisations ($ids), so every edge has both ends in the graph.
UNWIND $projectIds AS projectId
MATCH (p:Project {id: projectId})
OPTIONAL MATCH (p)-[:CONTRIBUTES_TO]->(a:ActionField)
RETURN p.id AS id, p.title AS title, p.level AS level, p.programme AS programme,
       p.start.year AS startYear, p.end.year AS endYear, p.synthetic AS synthetic,
       p.x AS x, p.y AS y, a.id AS actionField,
       COLLECT { MATCH (o:Organization)-[r:PARTICIPATES_IN]->(p) WHERE o.id IN $ids RETURN {org: o.id, role: r.role} ORDER BY o.id } AS participants
ORDER BY id
