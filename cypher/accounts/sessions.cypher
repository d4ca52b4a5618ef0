// A user's sessions that still count (not revoked, not expired), newest first.
MATCH (s:Session {userId: $userId})
WHERE s.revokedAt IS NULL AND s.expiresAt > datetime()
RETURN s {.id, .userId, .userAgent, .via, createdAt: toString(s.createdAt), lastSeenAt: toString(s.lastSeenAt),
  expiresAt: toString(s.expiresAt)} AS session
ORDER BY s.createdAt DESC
