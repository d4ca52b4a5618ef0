// Names a manager has confirmed as another spelling of an organisation (the review queue), by key.
// Only of real organisations: an import never updates a demo firm (see matching/candidate-index).
UNWIND $keys AS key
MATCH (:OrganizationAlias {key: key})-[:ALIAS_OF]->(o:Organization)
WHERE o.synthetic IS NULL OR o.synthetic = false
RETURN key, o.id AS id
