// Creates or updates one tie (type from the closed set in server/curation/ties.ts).
MATCH (a:Organization {id: $from})
OPTIONAL MATCH (bo:Organization {id: $to})
OPTIONAL MATCH (bp:Project {id: $to})
WITH a, coalesce(bo, bp) AS b
CALL (a, b) { WITH a, b WHERE $type = 'PARTICIPATES_IN' MERGE (a)-[r:PARTICIPATES_IN]->(b) SET r += $props }
CALL (a, b) { WITH a, b WHERE $type = 'COOPERATES_WITH' MERGE (a)-[r:COOPERATES_WITH]-(b) SET r += $props }
CALL (a, b) { WITH a, b WHERE $type = 'MEMBER_OF' MERGE (a)-[r:MEMBER_OF]->(b) SET r += $props }
RETURN b.id AS to
