// Full-text search over organisation names and short names (the search box).
CREATE FULLTEXT INDEX search_organizations IF NOT EXISTS
FOR (n:Organization) ON EACH [n.name, n.shortName]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }
