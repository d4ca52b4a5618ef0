UNWIND $ids AS orgId
MATCH (a:Organization {id: orgId})-[r:MEMBER_OF]->(b:Organization)
WHERE b.id IN $ids
RETURN a.id AS source, b.id AS target, r.since AS since, r.synthetic AS synthetic
ORDER BY source, target
