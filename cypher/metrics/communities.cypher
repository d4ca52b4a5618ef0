// Leiden rather than Louvain: its communities are always connected, so "no tie between two
// communities" means what it says. One thread and a fixed seed make it repeatable.
CALL gds.leiden.mutate($graph, {mutateProperty: 'community', randomSeed: 20260, concurrency: 1})
YIELD communityCount, modularity
RETURN communityCount, modularity
