// The project's write lock for the rest of the transaction (see organization-lock).
MATCH (p:Project {id: $id})
SET p._lock = true
REMOVE p._lock
RETURN p.id AS id
