// What transferPartners needs before it searches: the organisation it recommends for (null when
// $organizationId is null or unknown; found says which), the reference point named by $placeId
// or $districtId (a district's seat town), and the competence vocabulary to check $competences
// against. All anchors are unique-index seeks; the vocabulary has a few dozen rows.
OPTIONAL MATCH (s:Organization {id: $organizationId})
OPTIONAL MATCH (place:Place {id: $placeId})
OPTIONAL MATCH (district:District {id: $districtId})
RETURN CASE WHEN s IS NULL THEN null ELSE s {
         .id, .name, .shortName, .kind, .society, .universityKind, .employees,
         latitude: s.location.latitude, longitude: s.location.longitude,
         place: [(s)-[:LOCATED_IN]->(p:Place) | p.name][0],
         district: [(s)-[:LOCATED_IN]->(:Place)-[:IN_DISTRICT]->(d:District) | d {.id, .name}][0],
         competences: COLLECT { MATCH (s)-[:HAS_COMPETENCE]->(c:Competence) RETURN c.id ORDER BY c.id },
         industries: COLLECT { MATCH (s)-[:SUPPLIES]->(i:Industry) RETURN i.id ORDER BY i.id },
         ties: COUNT { (s)-[:PARTICIPATES_IN|COOPERATES_WITH]-() }
       } END AS organization,
       CASE WHEN place IS NULL THEN null
            ELSE {latitude: place.location.latitude, longitude: place.location.longitude, label: place.name} END AS place,
       CASE WHEN district IS NULL THEN null ELSE COLLECT {
         MATCH (district)<-[:IN_DISTRICT]-(p:Place)
         RETURN {latitude: p.location.latitude, longitude: p.location.longitude, label: p.name + ' (' + district.name + ')'}
         ORDER BY p.name = district.seat DESC, p.id LIMIT 1
       }[0] END AS district,
       COLLECT { MATCH (c:Competence) RETURN c {.id, .nameDe, .nameEn} ORDER BY c.id } AS vocabulary
