CREATE POINT INDEX organization_location IF NOT EXISTS FOR (n:Organization) ON (n.location)
