// How a path shows its relationship rel, in the stored direction.
{type: type(rel), source: startNode(rel).id, target: endNode(rel).id, role: rel.role, since: rel.since}
