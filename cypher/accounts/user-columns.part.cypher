// What the API shows of a user: never its password hash.
u {.id, .login, .displayName, .role, .organizationId, .mustChangePassword, .disabled, .oidcIssuer, createdAt: toString(u.createdAt)}
