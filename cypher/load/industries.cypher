UNWIND $rows AS row
MERGE (i:Industry {id: row.id})
SET i.nameDe = row.nameDe, i.nameEn = row.nameEn
