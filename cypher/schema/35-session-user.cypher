CREATE INDEX session_user IF NOT EXISTS FOR (n:Session) ON (n.userId)
