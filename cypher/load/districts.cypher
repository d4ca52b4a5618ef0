UNWIND $rows AS row
MERGE (d:District {id: row.id})
SET d.name = row.name, d.kind = row.kind, d.seat = row.seat
