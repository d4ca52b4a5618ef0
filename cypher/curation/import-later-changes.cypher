// Records an import changed that someone changed again after it: undoing the import would
// overwrite their work, so the undo names them and stops.
MATCH (c:Change {importId: $importId})
WITH collect(DISTINCT c.entityId) AS ids, min(c.at) AS since
UNWIND ids AS id
MATCH (later:Change {entityId: id})
WHERE later.at >= since AND coalesce(later.importId, '') <> $importId
RETURN DISTINCT id, later.actorName AS actorName, toString(later.at) AS at
LIMIT 50
