MATCH (u:User {id: $userId})
CREATE (t:ApiToken {
  id: $id, hash: $hash, userId: u.id, label: $label, createdAt: datetime(),
  expiresAt: CASE WHEN $expiresInDays IS NULL THEN null ELSE datetime() + duration({days: $expiresInDays}) END,
  revokedAt: null, lastUsedAt: null
})
RETURN {{accounts/api-token-columns}} AS token
