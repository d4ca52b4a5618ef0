// Undoing an import: its links to source records go, and source records nothing links to any more.
OPTIONAL MATCH ()-[r:FROM_SOURCE {importId: $importId}]->()
DELETE r
WITH count(*) AS _
MATCH (s:SourceRecord)
WHERE NOT (s)<-[:FROM_SOURCE]-()
DETACH DELETE s
