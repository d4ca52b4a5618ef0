// Deletes a project with its participations; locked before.
MATCH (p:Project {id: $id})
DETACH DELETE p
RETURN true AS deleted
