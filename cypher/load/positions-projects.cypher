UNWIND $rows AS row
MATCH (n:Project {id: row.id})
SET n.x = row.x, n.y = row.y
