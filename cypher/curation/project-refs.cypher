// Projects named in imported rows, by id, or by exact title or acronym when that is unique.
UNWIND $refs AS ref
OPTIONAL MATCH (byId:Project {id: ref})
CALL (ref) {
  MATCH (p:Project) WHERE toLower(p.title) = toLower(ref) OR toLower(p.acronym) = toLower(ref)
  RETURN collect(p.id) AS named
}
RETURN ref, coalesce(byId.id, CASE WHEN size(named) = 1 THEN named[0] END) AS id, size(named) AS sameName
