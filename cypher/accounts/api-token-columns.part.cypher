t {.id, .userId, .label, createdAt: toString(t.createdAt), expiresAt: toString(t.expiresAt),
  revokedAt: toString(t.revokedAt), lastUsedAt: toString(t.lastUsedAt)}
