// The signed-in user of a live session: not revoked, within its absolute lifetime, used within
// the idle time, its user not disabled. Use is recorded at most once a minute, so a busy page
// does not write the session node on every request.
MATCH (s:Session {id: $id})
WHERE s.revokedAt IS NULL AND s.expiresAt > datetime() AND s.lastSeenAt > datetime() - duration({minutes: $idleMinutes})
MATCH (u:User {id: s.userId})
WHERE NOT u.disabled
FOREACH (_ IN CASE WHEN s.lastSeenAt < datetime() - duration({minutes: 1}) THEN [1] ELSE [] END | SET s.lastSeenAt = datetime())
RETURN {{accounts/user-columns}} AS user, s.csrfHash AS csrfHash, s.via AS via
