// Removes one tie (type from the closed set in server/curation/ties.ts).
MATCH (a:Organization {id: $from})
OPTIONAL MATCH (bo:Organization {id: $to})
OPTIONAL MATCH (bp:Project {id: $to})
WITH a, coalesce(bo, bp) AS b
MATCH (a)-[r]-(b) WHERE type(r) = $type AND ($type = 'COOPERATES_WITH' OR startNode(r) = a)
DELETE r
RETURN count(*) AS removed
