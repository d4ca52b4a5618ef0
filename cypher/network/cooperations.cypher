UNWIND $ids AS orgId
MATCH (a:Organization {id: orgId})-[r:COOPERATES_WITH]->(b:Organization)
WHERE b.id IN $ids
  AND ($yearTo IS NULL OR r.since <= $yearTo)
RETURN a.id AS source, b.id AS target, r.since AS since, r.kind AS kind, r.synthetic AS synthetic
ORDER BY source, target
