// Changes role, organisation or the disabled flag; a change of any of them ends the user's
// sessions, so a demoted or disabled user loses its rights at once, not when its cookie expires.
MATCH (u:User {id: $id})
WITH u, u.role <> $role OR coalesce(u.organizationId, '') <> coalesce($organizationId, '') OR u.disabled <> $disabled AS changed
SET u.role = $role, u.organizationId = $organizationId, u.disabled = $disabled
WITH u, changed
OPTIONAL MATCH (s:Session {userId: u.id}) WHERE changed AND s.revokedAt IS NULL
SET s.revokedAt = datetime()
RETURN {{accounts/user-columns}} AS user, count(s) AS sessionsRevoked
