// Names a manager has confirmed as another spelling of an organisation (the review queue), by key.
UNWIND $keys AS key
MATCH (:OrganizationAlias {key: key})-[:ALIAS_OF]->(o:Organization)
RETURN key, o.id AS id
