// The names of the graph's towns, to know which a source's town needs placing by the gazetteer.
MATCH (p:Place)
RETURN collect(p.name) AS names
