// false: no error when the projection is already gone (a failed projection never made it).
CALL gds.graph.drop($graph, false) YIELD graphName
RETURN graphName
