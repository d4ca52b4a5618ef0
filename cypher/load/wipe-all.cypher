// Auto-commit only: deletes everything, accounts included, in batches: a clean database for tests.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
