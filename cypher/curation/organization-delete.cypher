// Deletes an organisation with its ties and its non-public facts (contacts, notes); locked before.
MATCH (o:Organization {id: $id})
OPTIONAL MATCH (o)-[:HAS_CONTACT|HAS_NOTE]->(x)
DETACH DELETE x
WITH DISTINCT o
DETACH DELETE o
RETURN true AS deleted
