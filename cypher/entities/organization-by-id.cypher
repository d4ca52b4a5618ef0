MATCH (this:Organization {id: $id})
RETURN this
