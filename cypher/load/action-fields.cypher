UNWIND $rows AS row
MERGE (a:ActionField {id: row.id})
SET a.nameDe = row.nameDe, a.nameEn = row.nameEn
