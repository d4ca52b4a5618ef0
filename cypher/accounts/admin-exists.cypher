OPTIONAL MATCH (u:User {role: 'admin'})
RETURN count(u) > 0 AS exists
