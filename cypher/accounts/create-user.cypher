// Creates a user unless the login is taken (then no row: the caller answers CONFLICT; the
// constraint on User.login catches two at once).
OPTIONAL MATCH (taken:User {login: $login})
WITH taken WHERE taken IS NULL
CREATE (u:User {
  id: $id, login: $login, displayName: $displayName, role: $role, organizationId: $organizationId,
  passwordHash: $passwordHash, oidcIssuer: null, oidcSubject: null,
  mustChangePassword: $mustChangePassword, disabled: false, createdAt: datetime()
})
RETURN {{accounts/user-columns}} AS user
