// The audit trail, newest first, filtered by any of: a record (as either end), a person, an
// import, a start time; keyset-paged by (at, id) so a long trail pages in constant time.
MATCH (c:Change)
WHERE ($entityId IS NULL OR c.entityId = $entityId OR c.otherId = $entityId)
  AND ($actorId IS NULL OR c.actorId = $actorId)
  AND ($importId IS NULL OR c.importId = $importId)
  AND ($since IS NULL OR c.at >= datetime($since))
  AND ($before IS NULL OR c.at < datetime($before.at) OR (c.at = datetime($before.at) AND c.id < $before.id))
RETURN c {
  .id, .actorId, .actorName, .action, .entity, .entityId, .otherId, .version, .fields, .before, .after,
  .via, .importId, .file, .row, at: toString(c.at)
} AS change
ORDER BY c.at DESC, c.id DESC
LIMIT toInteger($limit)
