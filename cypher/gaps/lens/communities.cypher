// Community lens from the stored metrics: the members of the $size largest communities (1 = the
// largest) and of the community $target, keyed c1, c2, …
MATCH (o:Organization)
WHERE o.communityId <= $size OR o.communityId = toInteger($target)
WITH o.communityId AS id, collect(o.id) AS ids
RETURN 'c' + toString(toInteger(id)) AS key, ids
ORDER BY id
