// The stored ties between districts.
MATCH (a:District)-[t:TIED_WITH]->(b:District)
RETURN a.id AS source, b.id AS target, t.ties AS ties, t.cooperations AS cooperations
ORDER BY source, target
