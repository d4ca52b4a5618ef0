// Ties whose loss would split a component (GDS 2.13 streams them only).
CALL gds.bridges.stream($graph) YIELD from, to
RETURN gds.util.asNode(from).id AS a, gds.util.asNode(to).id AS b
