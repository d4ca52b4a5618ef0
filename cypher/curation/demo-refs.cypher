// Which of the organisations an import names (by id, or by normalised name: $refs[].key, or
// null) are demo records: matching never finds those, and the import says why.
UNWIND $refs AS ref
CALL (ref) {
  MATCH (o:Organization {id: ref.value})
  WHERE o.synthetic = true
  RETURN o
  UNION
  MATCH (o:Organization)
  WHERE o.nameKey = ref.key AND o.synthetic = true
  RETURN o
}
RETURN DISTINCT ref.value AS ref
