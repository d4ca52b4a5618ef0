// The kind decides the second label; the CASE lists are a closed set, never user input.
UNWIND $rows AS row
MATCH (p:Place {id: row.placeId})
MERGE (o:Organization {id: row.id})
SET o.name = row.name, o.shortName = row.shortName, o.kind = row.kind,
    o.synthetic = row.synthetic, o.location = point({latitude: row.lat, longitude: row.lon}),
    o.employees = row.employees, o.founded = row.founded, o.sizeClass = row.sizeClass,
    o.universityKind = row.universityKind, o.society = row.society, o.topics = row.topics,
    o.website = row.website, o.source = row.source, o.confidence = row.confidence,
    o.nameKey = row.nameKey, o.nameKeyVersion = row.nameKeyVersion
FOREACH (_ IN CASE WHEN row.kind = 'company' THEN [1] ELSE [] END | SET o:Company)
FOREACH (_ IN CASE WHEN row.kind = 'university' THEN [1] ELSE [] END | SET o:University)
FOREACH (_ IN CASE WHEN row.kind = 'research_institute' THEN [1] ELSE [] END | SET o:ResearchInstitute)
FOREACH (_ IN CASE WHEN row.kind = 'chamber' THEN [1] ELSE [] END | SET o:Chamber)
FOREACH (_ IN CASE WHEN row.kind = 'association' THEN [1] ELSE [] END | SET o:Association)
FOREACH (_ IN CASE WHEN row.kind = 'network' THEN [1] ELSE [] END | SET o:Network)
FOREACH (_ IN CASE WHEN row.kind = 'agency' THEN [1] ELSE [] END | SET o:Agency)
FOREACH (_ IN CASE WHEN row.kind = 'ministry' THEN [1] ELSE [] END | SET o:Ministry)
MERGE (o)-[:LOCATED_IN]->(p)
