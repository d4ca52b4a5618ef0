CREATE INDEX change_other IF NOT EXISTS FOR (n:Change) ON (n.otherId)
