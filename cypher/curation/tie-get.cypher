// One tie between an organisation and an organisation or project, of a type from the closed set
// in server/curation/ties.ts; cooperations are read in both directions.
OPTIONAL MATCH (a:Organization {id: $from})
OPTIONAL MATCH (bo:Organization {id: $to})
OPTIONAL MATCH (bp:Project {id: $to})
WITH a, coalesce(bo, bp) AS b
OPTIONAL MATCH (a)-[r]-(b) WHERE type(r) = $type AND ($type = 'COOPERATES_WITH' OR startNode(r) = a)
RETURN a.id AS from, a.kind AS fromKind, b.id AS to, coalesce(b.kind, 'project') AS toKind, properties(r) AS props
