CREATE INDEX change_import IF NOT EXISTS FOR (n:Change) ON (n.importId)
