// Links organisations and projects to the source records they come from. A record seen again
// keeps its key and first record id, and learns the newest file and what the source says beyond
// our fields (CORDIS activity type, SME flag, NUTS code; EU contribution, total cost, FKZ of the
// parts); the link remembers the import that made it, so undoing that import takes it away again.
UNWIND $links AS l
OPTIONAL MATCH (o:Organization {id: l.id})
OPTIONAL MATCH (p:Project {id: l.id})
WITH l, coalesce(o, p) AS n
WHERE n IS NOT NULL
MERGE (s:SourceRecord {key: l.key})
ON CREATE SET s.source = l.source, s.recordId = l.recordId, s.url = l.url
SET s.file = l.file, s.fileDate = l.fileDate, s += l.facts
MERGE (n)-[r:FROM_SOURCE]->(s)
ON CREATE SET r.importId = $importId
RETURN count(r) AS linked
