// 1 for an organisation whose loss splits its component, else 0.
CALL gds.articulationPoints.mutate($graph, {mutateProperty: 'articulation'}) YIELD articulationPointCount
RETURN articulationPointCount
