// Revokes a token; with $userId set, only if it is that user's.
MATCH (t:ApiToken {id: $id})
WHERE $userId IS NULL OR t.userId = $userId
SET t.revokedAt = coalesce(t.revokedAt, datetime())
RETURN {{accounts/api-token-columns}} AS token
