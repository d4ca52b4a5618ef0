// Named organisations of the network view, found by their id index: what the explorer fetches to
// show a search hit, a path or a partner in context when the graph is too large to load whole.
UNWIND $organizations AS orgId
MATCH (o:Organization {id: orgId})-[:LOCATED_IN]->(p:Place)-[:IN_DISTRICT]->(d:District)
WHERE {{network/organization-filter}}
RETURN {{network/organization-columns}}
ORDER BY id
