// Layout positions computed once on the server; the client renders them with `preset`.
UNWIND $rows AS row
MATCH (n:Organization {id: row.id})
SET n.x = row.x, n.y = row.y
