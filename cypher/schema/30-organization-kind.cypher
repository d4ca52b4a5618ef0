CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind)
