UNWIND $rows AS row
MATCH (o:Organization {id: row.orgId})
MATCH (c:Competence {id: row.competenceId})
MERGE (o)-[:HAS_COMPETENCE]->(c)
