// Whether the Graph Data Science library is loaded: the metrics job needs it, nothing else does.
SHOW FUNCTIONS YIELD name WHERE name = 'gds.version'
RETURN count(*) > 0 AS available
