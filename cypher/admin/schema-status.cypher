// /readyz: the schema counts as applied when our constraints and the search index are online.
SHOW INDEXES YIELD name, state
WHERE name IN ['organization_id', 'search_organizations', 'search_terms']
RETURN count(*) AS present, sum(CASE WHEN state = 'ONLINE' THEN 1 ELSE 0 END) AS online
