MATCH (this)<-[:HAS_NOTE]-(o:Organization)
RETURN o.id AS organizationId
