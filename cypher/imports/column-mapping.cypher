// The saved column mapping of a kind for a header set, if any.
MATCH (m:ColumnMapping {kind: $kind, headersKey: $headersKey})
RETURN m.mapping AS mapping
