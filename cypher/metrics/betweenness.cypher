// On the tied organisations ($subgraph): exact when $samplingSize is null, else estimated from that
// many sampled source nodes (scaled in code). GDS wants whole numbers as integers, and JavaScript
// numbers arrive as floats.
CALL gds.betweenness.mutate($subgraph, CASE WHEN $samplingSize IS NULL THEN {mutateProperty: 'betweenness'}
  ELSE {mutateProperty: 'betweenness', samplingSize: toInteger($samplingSize), samplingSeed: toInteger($samplingSeed)} END)
YIELD nodePropertiesWritten
RETURN nodePropertiesWritten
