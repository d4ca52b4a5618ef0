// Organisations whose normalised name is missing or was made by older rules ($version).
MATCH (o:Organization)
WHERE o.nameKey IS NULL OR coalesce(o.nameKeyVersion, 0) <> $version
RETURN o.id AS id, coalesce(o.name, '') AS name
LIMIT toInteger($limit)
