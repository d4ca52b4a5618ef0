// A town the graph does not know yet, at the given coordinates. In Germany it joins the district of
// the nearest known town (within 40 km, else none); abroad it has a country and no district.
// $importId: the import that brought it (undoing the import removes it again), or null.
OPTIONAL MATCH (near:Place)-[:IN_DISTRICT]->(d:District)
WHERE $country = 'DE' AND point.distance(near.location, point({latitude: $lat, longitude: $lon})) < 40000
WITH d, point.distance(near.location, point({latitude: $lat, longitude: $lon})) AS km
ORDER BY km LIMIT 1
MERGE (p:Place {id: $id})
ON CREATE SET p.name = $name, p.kind = 'town', p.country = $country,
    p.location = point({latitude: $lat, longitude: $lon}), p.source = $source, p.importId = $importId
FOREACH (x IN CASE WHEN d IS NULL THEN [] ELSE [d] END | MERGE (p)-[:IN_DISTRICT]->(x))
RETURN p.id AS placeId
