UNWIND $rows AS row
MATCH (a:ActionField {id: row.actionFieldId})
MERGE (p:Project {id: row.id})
SET p.title = row.title, p.level = row.level, p.start = date(row.start), p.end = date(row.end),
    p.programme = row.programme, p.synthetic = row.synthetic
MERGE (p)-[:CONTRIBUTES_TO]->(a)
WITH p, row
UNWIND row.competenceIds AS competenceId
MATCH (c:Competence {id: competenceId})
MERGE (p)-[:ADDRESSES]->(c)
