// Every organisation with what GDS computed for it, in id order; betweenness comes from the graph
// of tied organisations ($subgraph), and is 0 for the others.
MATCH (o:Organization)
RETURN o.id AS id, o.kind AS kind,
       gds.util.nodeProperty($graph, o, 'degree') AS degree,
       CASE WHEN gds.util.nodeProperty($graph, o, 'degree') > 0
         THEN gds.util.nodeProperty($subgraph, o, 'betweenness') ELSE 0.0 END AS betweenness,
       gds.util.nodeProperty($graph, o, 'component') AS component,
       gds.util.nodeProperty($graph, o, 'community') AS community,
       gds.util.nodeProperty($graph, o, 'articulation') AS articulation,
       gds.util.nodeProperty($graph, o, 'triangles') AS triangles
ORDER BY id
