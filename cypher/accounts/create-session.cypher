MATCH (u:User {id: $userId})
CREATE (s:Session {
  id: $id, userId: u.id, csrfHash: $csrfHash, createdAt: datetime(), lastSeenAt: datetime(),
  expiresAt: datetime() + duration({hours: $maxHours}), revokedAt: null, userAgent: $userAgent, via: $via
})
RETURN s.id AS id
