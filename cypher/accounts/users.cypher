MATCH (u:User)
RETURN {{accounts/user-columns}} AS user
ORDER BY u.login
