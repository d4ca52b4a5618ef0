// The imports, newest first, with who ran them and their outcome (summary as JSON text).
MATCH (i:Import)
RETURN i { .id, .kind, .file, .mode, .actorName, .status, .summary, at: toString(i.at) } AS import
ORDER BY i.at DESC
LIMIT toInteger($limit)
