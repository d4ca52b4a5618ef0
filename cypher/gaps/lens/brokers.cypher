// Broker lens from the stored metrics: the articulation points (single points of failure), the
// broker $target and the organisations it alone holds in the network (splitOffIds, up to 100).
MATCH (o:Organization) WHERE o.articulation
RETURN 'articulation' AS key, collect(o.id) AS ids
UNION ALL
MATCH (b:Organization {id: $target})
RETURN 'broker' AS key, [b.id] AS ids
UNION ALL
MATCH (b:Organization {id: $target})
RETURN 'cut_off' AS key, coalesce(b.splitOffIds, []) AS ids
