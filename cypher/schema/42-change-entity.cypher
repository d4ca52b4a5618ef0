CREATE INDEX change_entity IF NOT EXISTS FOR (n:Change) ON (n.entityId)
