// Links organisations and projects to the source records they come from. A record seen again
// keeps its key and first record id, and learns the newest file; the link remembers the import
// that made it, so undoing that import takes it away again.
UNWIND $links AS l
OPTIONAL MATCH (o:Organization {id: l.id})
OPTIONAL MATCH (p:Project {id: l.id})
WITH l, coalesce(o, p) AS n
WHERE n IS NOT NULL
MERGE (s:SourceRecord {key: l.key})
ON CREATE SET s.source = l.source, s.recordId = l.recordId, s.url = l.url
SET s.file = l.file, s.fileDate = l.fileDate
MERGE (n)-[r:FROM_SOURCE]->(s)
ON CREATE SET r.importId = $importId
RETURN count(r) AS linked
