UNWIND $rows AS row
MATCH (o:Organization {id: row.orgId})
MATCH (i:Industry {id: row.industryId})
MERGE (o)-[:SUPPLIES]->(i)
