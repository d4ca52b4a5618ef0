// A new password hash; mustChangePassword is set for one-time passwords an admin hands out.
MATCH (u:User {id: $id})
SET u.passwordHash = $passwordHash, u.mustChangePassword = $mustChangePassword
RETURN {{accounts/user-columns}} AS user
