UNWIND $rows AS row
MATCH (a:Organization {id: row.fromId})
MATCH (b:Organization {id: row.toId})
MERGE (a)-[r:COOPERATES_WITH]->(b)
SET r.since = row.since, r.kind = row.kind, r.synthetic = row.synthetic
