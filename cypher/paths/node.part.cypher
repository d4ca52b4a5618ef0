// How a path shows its node n: an organisation (with its kind) or a project (with its start year).
{
  id: n.id,
  name: coalesce(n.name, n.title),
  kind: CASE WHEN n:Project THEN 'project' ELSE n.kind END,
  nodeType: CASE WHEN n:Project THEN 'project' ELSE 'organization' END,
  year: n.start.year
}
