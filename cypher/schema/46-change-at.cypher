CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at)
