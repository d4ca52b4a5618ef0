// Takes the organisations' write locks for the rest of the transaction: a constant write, so no
// value read before the lock is written back. Read versions in a later statement, after it.
// Ids in a fixed order, so two transactions locking overlapping sets cannot deadlock.
UNWIND $ids AS id
WITH id ORDER BY id
MATCH (o:Organization {id: id})
SET o._lock = true
REMOVE o._lock
RETURN o.id AS id
