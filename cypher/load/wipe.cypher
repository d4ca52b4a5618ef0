// Auto-commit only: deletes the graph data in batches so a 100k-company graph fits in memory.
// Accounts, sessions, API tokens and saved column mappings stay: they belong to the people who
// use the explorer, not to the data it shows (reseeding must not lock anyone out). The audit
// trail, imports, review queue and confirmed spellings go: they describe records that are gone,
// and an import undone afterwards would bring back the records it replaced.
MATCH (n)
WHERE NOT (n:User OR n:Session OR n:ApiToken OR n:ColumnMapping)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
