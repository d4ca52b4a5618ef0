// Takes the organisation's write lock for the rest of the transaction: a constant write, so no
// value read before the lock is written back. Read the version in a later statement, after it.
MATCH (o:Organization {id: $id})
SET o._lock = true
REMOVE o._lock
RETURN o.id AS id
