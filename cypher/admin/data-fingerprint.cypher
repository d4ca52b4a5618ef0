// The cluster data without its bookkeeping (audit trail, imports, review queue, accounts) and
// without what every write moves on (version, timestamps, layout position): each node and each
// relationship as a line of text, sorted. Equal before and after means the data are as they were
// (tests of undo and of refused writes).
CALL () {
  MATCH (n)
  WHERE NOT n:Change AND NOT n:Import AND NOT n:MatchReview AND NOT n:OrganizationAlias
    AND NOT n:User AND NOT n:Session AND NOT n:ApiToken AND NOT n:ColumnMapping
  WITH reduce(s = '', l IN COLLECT { UNWIND labels(n) AS l RETURN l ORDER BY l } | s + ':' + l) +
       reduce(s = '', p IN COLLECT {
         UNWIND keys(n) AS k WITH k WHERE NOT k IN $ignored
         RETURN k + '=' + CASE WHEN valueType(n[k]) STARTS WITH 'LIST' THEN reduce(t = '', x IN n[k] | t + toString(x) + ',') ELSE toString(n[k]) END
         ORDER BY k
       } | s + ' ' + p) AS line
  ORDER BY line
  RETURN collect(line) AS nodes
}
CALL () {
  MATCH (a)-[r]->(b)
  WHERE NOT a:Change AND NOT a:MatchReview AND NOT a:OrganizationAlias AND NOT a:User AND NOT a:Session AND NOT a:ApiToken
  WITH coalesce(a.id, elementId(a)) + '-' + type(r) + '->' + coalesce(b.id, b.key, elementId(b)) +
       reduce(s = '', p IN COLLECT { UNWIND keys(r) AS k RETURN k + '=' + toString(r[k]) ORDER BY k } | s + ' ' + p) AS line
  ORDER BY line
  RETURN collect(line) AS relationships
}
RETURN nodes, relationships
