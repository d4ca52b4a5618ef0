MATCH (u:User {login: $login})
RETURN {{accounts/user-columns}} AS user, u.passwordHash AS passwordHash
