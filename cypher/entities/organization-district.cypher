MATCH (this)-[:LOCATED_IN]->(:Place)-[:IN_DISTRICT]->(district:District)
RETURN district
