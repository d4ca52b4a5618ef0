// The graph's records that earlier imports made or matched from a source's records, by the
// source's key: a re-import finds its own records again, whatever they are called by now.
UNWIND $keys AS key
MATCH (s:SourceRecord {key: key})<-[:FROM_SOURCE]-(n)
RETURN key, collect(n.id)[0] AS id
