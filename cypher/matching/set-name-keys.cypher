// Stores the normalised names the server computed ($rows: [{id, nameKey}]) and their rules' version.
UNWIND $rows AS row
MATCH (o:Organization {id: row.id})
SET o.nameKey = row.nameKey, o.nameKeyVersion = $version
