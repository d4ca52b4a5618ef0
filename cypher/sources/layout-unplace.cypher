// Forgets the layout position the organisations got when they were created, before their ties:
// placed again once their participations are written, they land beside their project partners.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
SET o.x = null, o.y = null
RETURN count(o) AS unplaced
