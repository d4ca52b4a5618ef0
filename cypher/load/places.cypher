UNWIND $rows AS row
MATCH (d:District {id: row.districtId})
MERGE (p:Place {id: row.id})
SET p.name = row.name, p.kind = row.kind,
    p.location = point({latitude: row.lat, longitude: row.lon}),
    p.source = row.source, p.confidence = row.confidence
MERGE (p)-[:IN_DISTRICT]->(d)
