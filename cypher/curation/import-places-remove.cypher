// The towns an import created that no organisation is in any more (undo-import.ts, after the
// import's records are gone): they leave with it.
MATCH (p:Place {importId: $importId})
WHERE NOT EXISTS { (p)<-[:LOCATED_IN]-() }
DETACH DELETE p
