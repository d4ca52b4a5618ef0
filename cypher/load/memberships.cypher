UNWIND $rows AS row
MATCH (a:Organization {id: row.orgId})
MATCH (b:Organization {id: row.targetId})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r.since = row.since, r.synthetic = row.synthetic
