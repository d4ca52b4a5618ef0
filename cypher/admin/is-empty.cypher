MATCH (o:Organization)
RETURN count(o) = 0 AS empty
