// What changed a record after the version an edit was based on: named in the conflict error.
MATCH (c:Change {entityId: $id})
WHERE c.version > $version
RETURN c.fields AS fields, c.actorName AS actorName, toString(c.at) AS at, c.version AS version
ORDER BY c.version
