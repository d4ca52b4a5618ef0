// The user behind a live API token (not revoked, not expired, user not disabled); lastUsedAt is
// recorded at most once a minute.
MATCH (t:ApiToken {hash: $hash})
WHERE t.revokedAt IS NULL AND (t.expiresAt IS NULL OR t.expiresAt > datetime())
MATCH (u:User {id: t.userId})
WHERE NOT u.disabled
FOREACH (_ IN CASE WHEN t.lastUsedAt IS NULL OR t.lastUsedAt < datetime() - duration({minutes: 1}) THEN [1] ELSE [] END | SET t.lastUsedAt = datetime())
RETURN {{accounts/user-columns}} AS user
