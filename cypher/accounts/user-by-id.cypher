MATCH (u:User {id: $id})
RETURN {{accounts/user-columns}} AS user, u.passwordHash AS passwordHash
