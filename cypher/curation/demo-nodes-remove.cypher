// Auto-commit only: the invented organisations and projects, with their ties, contacts and notes.
MATCH (n) WHERE (n:Organization OR n:Project) AND n.synthetic = true
CALL (n) {
  OPTIONAL MATCH (n)-[:HAS_CONTACT|HAS_NOTE]->(x)
  DETACH DELETE x
  WITH DISTINCT n
  DETACH DELETE n
} IN TRANSACTIONS OF 5000 ROWS
