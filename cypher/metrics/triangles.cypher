// Ties among each organisation's partners: what Burt's effective size subtracts.
CALL gds.triangleCount.mutate($graph, {mutateProperty: 'triangles'}) YIELD globalTriangleCount
RETURN globalTriangleCount
