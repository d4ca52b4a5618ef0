// API tokens, newest first: all of them ($userId null) or one user's.
MATCH (t:ApiToken)
WHERE $userId IS NULL OR t.userId = $userId
RETURN {{accounts/api-token-columns}} AS token
ORDER BY t.createdAt DESC
