// The organisations with at least one tie, as their own GDS graph: betweenness sources are sampled
// from it, so no sample is spent on an organisation without ties (about half of them).
CALL gds.graph.filter($subgraph, $graph, 'n.degree > 0.0', '*') YIELD nodeCount
RETURN nodeCount
