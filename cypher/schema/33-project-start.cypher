CREATE INDEX project_start IF NOT EXISTS FOR (n:Project) ON (n.start)
