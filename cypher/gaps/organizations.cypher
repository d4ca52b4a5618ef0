// Organisations by id, as the gap reports show them, in the order of $ids.
UNWIND range(0, size($ids) - 1) AS i
MATCH (o:Organization {id: $ids[i]})
OPTIONAL MATCH (o)-[:LOCATED_IN]->(p:Place)-[:IN_DISTRICT]->(d:District)
RETURN {{gaps/organization}} AS organization
ORDER BY i
