// One entry of the audit trail: who, when, what, before and after (JSON), and its source.
CREATE (c:Change {
  id: $id, at: datetime($at), actorId: $actorId, actorName: $actorName,
  action: $action, entity: $entity, entityId: $entityId, otherId: $otherId, version: $version,
  fields: $fields, before: $before, after: $after,
  via: $via, importId: $importId, file: $file, row: $row
})
