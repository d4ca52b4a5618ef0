// Remembers a confirmed spelling, so the next import of the same file matches it at once.
MATCH (o:Organization {id: $id})
MERGE (a:OrganizationAlias {key: $key})
SET a.name = $name, a.city = $city
WITH a, o
OPTIONAL MATCH (a)-[old:ALIAS_OF]->()
DELETE old
MERGE (a)-[:ALIAS_OF]->(o)
