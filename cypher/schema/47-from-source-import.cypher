CREATE INDEX from_source_import IF NOT EXISTS FOR ()-[r:FROM_SOURCE]-() ON (r.importId)
