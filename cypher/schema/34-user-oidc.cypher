CREATE INDEX user_oidc IF NOT EXISTS FOR (n:User) ON (n.oidcIssuer, n.oidcSubject)
