// The projected ties, each once, as organisation ids.
CALL gds.graph.relationships.stream($graph) YIELD sourceNodeId, targetNodeId
WITH sourceNodeId, targetNodeId WHERE sourceNodeId < targetNodeId
RETURN gds.util.asNode(sourceNodeId).id AS a, gds.util.asNode(targetNodeId).id AS b
