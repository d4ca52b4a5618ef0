// Entries of the audit trail, one per change: who, when, what, before and after (JSON), and its source.
UNWIND $changes AS c
CREATE (:Change {
  id: c.id, at: datetime(c.at), actorId: $actorId, actorName: $actorName,
  action: c.action, entity: c.entity, entityId: c.entityId, otherId: c.otherId, version: c.version,
  fields: c.fields, before: c.before, after: c.after,
  via: c.via, importId: c.importId, file: c.file, row: c.row
})
