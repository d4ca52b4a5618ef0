// The user of an OpenID Connect identity, created at its first sign-in; role, organisation and
// name follow the provider's claims at every sign-in (the provider is the source of truth).
MERGE (u:User {oidcIssuer: $issuer, oidcSubject: $subject})
ON CREATE SET u.id = $id, u.login = $login, u.passwordHash = null, u.mustChangePassword = false,
  u.disabled = false, u.createdAt = datetime()
SET u.displayName = $displayName, u.role = $role, u.organizationId = $organizationId
RETURN {{accounts/user-columns}} AS user
