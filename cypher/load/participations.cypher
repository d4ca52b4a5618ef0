UNWIND $rows AS row
MATCH (o:Organization {id: row.orgId})
MATCH (p:Project {id: row.projectId})
MERGE (o)-[r:PARTICIPATES_IN]->(p)
SET r.role = row.role
