// Records an import changed (or tied) that were changed again after it, by anything but an
// import that was itself undone: undoing the import would overwrite or delete that work, so the
// undo names them and stops.
MATCH (c:Change {importId: $importId})
WITH collect(DISTINCT c.entityId) + collect(DISTINCT c.otherId) AS ids, min(c.at) AS since
UNWIND ids AS id
CALL (id, since) {
  MATCH (later:Change {entityId: id}) WHERE later.at >= since RETURN later
  UNION
  MATCH (later:Change {otherId: id}) WHERE later.at >= since RETURN later
}
WITH id, later
WHERE coalesce(later.importId, '') <> $importId
  AND NOT EXISTS { MATCH (:Import {id: later.importId, status: 'undone'}) }
RETURN DISTINCT id, later.actorName AS actorName, toString(later.at) AS at
LIMIT 50
