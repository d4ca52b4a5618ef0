MATCH (this)<-[:HAS_CONTACT]-(o:Organization)
RETURN o.id AS organizationId
