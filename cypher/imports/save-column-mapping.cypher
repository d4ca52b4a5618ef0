// A column mapping, saved for the next import of a file with the same headers (by kind and the
// key of its normalised header set); saving again replaces it.
MERGE (m:ColumnMapping {kind: $kind, headersKey: $headersKey})
ON CREATE SET m.createdAt = datetime()
SET m.mapping = $mapping, m.headers = $headers, m.updatedAt = datetime(), m.updatedBy = $actorId
RETURN m.kind AS kind
