UNWIND $rows AS row
MERGE (c:Competence {id: row.id})
SET c.nameDe = row.nameDe, c.nameEn = row.nameEn, c.core = row.core
