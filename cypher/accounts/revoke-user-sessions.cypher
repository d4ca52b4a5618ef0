// Ends a user's sessions, all or all but one ($exceptId: the session changing its password).
MATCH (s:Session {userId: $userId})
WHERE s.revokedAt IS NULL AND ($exceptId IS NULL OR s.id <> $exceptId)
SET s.revokedAt = datetime()
RETURN count(s) AS revoked
