// Creates or rewrites one project from a validated profile; locked before (project-lock).
MERGE (p:Project {id: $id})
ON CREATE SET p.createdAt = datetime($now)
SET p += $props,
    p.start = date($start),
    p.end = CASE WHEN $end IS NULL THEN null ELSE date($end) END,
    p.version = coalesce(p.version, 0) + 1,
    p.updatedAt = datetime($now)
WITH p
CALL (p) { MATCH (p)-[r:CONTRIBUTES_TO|ADDRESSES]->() DELETE r }
CALL (p) { MATCH (a:ActionField {id: $actionFieldId}) MERGE (p)-[:CONTRIBUTES_TO]->(a) }
CALL (p) { UNWIND $competenceIds AS cid MATCH (c:Competence {id: cid}) MERGE (p)-[:ADDRESSES]->(c) }
RETURN p.version AS version
