// The organisations the network filter admits, with their place (p) and district (d): the network
// view and the network export share it. It starts from the districts, so a district's network
// (the explorer's drill-down) reads only that district's organisations, whatever the graph's size.
MATCH (d:District)
WHERE $districts IS NULL OR d.id IN $districts
MATCH (d)<-[:IN_DISTRICT]-(p:Place)<-[:LOCATED_IN]-(o:Organization)
WHERE {{network/organization-filter}}
