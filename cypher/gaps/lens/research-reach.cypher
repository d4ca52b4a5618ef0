// Research-reach lens: each company by its distance to research (direct, within_two, none) with
// the report's definition (gaps/research-reach.part.cypher), and the
// universities and institutes themselves.
MATCH (c:Company)
{{gaps/research-reach}}
WITH CASE WHEN direct THEN 'direct' WHEN withinTwo THEN 'within_two' ELSE 'none' END AS key, collect(c.id) AS ids
RETURN key, ids
UNION ALL
MATCH (r:Organization) WHERE r:University OR r:ResearchInstitute
RETURN 'research' AS key, collect(r.id) AS ids
