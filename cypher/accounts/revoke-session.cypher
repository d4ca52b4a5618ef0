// Ends one session; with $userId set, only if it is that user's (a user ending its own).
MATCH (s:Session {id: $id})
WHERE s.revokedAt IS NULL AND ($userId IS NULL OR s.userId = $userId)
SET s.revokedAt = datetime()
RETURN s.id AS id
