CREATE INDEX change_actor IF NOT EXISTS FOR (n:Change) ON (n.actorId)
