// Projects named in imported rows, by id, or by exact title or acronym when that is unique.
// Only real projects: an import never updates or ties to a demo project (demo:remove would take
// the imported data with it); `demo` says when the id is a demo project's, so the row is told.
UNWIND $refs AS ref
OPTIONAL MATCH (byId:Project {id: ref})
CALL (ref) {
  MATCH (p:Project)
  WHERE (toLower(p.title) = toLower(ref) OR toLower(p.acronym) = toLower(ref)) AND (p.synthetic IS NULL OR p.synthetic = false)
  RETURN collect(p.id) AS named
}
WITH ref, byId, named, byId.synthetic = true AS demo
RETURN ref,
       CASE WHEN demo THEN null ELSE coalesce(byId.id, CASE WHEN size(named) = 1 THEN named[0] END) END AS id,
       size(named) AS sameName,
       coalesce(demo, false) AS demo
