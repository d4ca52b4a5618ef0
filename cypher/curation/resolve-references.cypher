// Resolves what records name (a town, competences, industries, an action field) by id or by its
// German or English name, case-insensitively, one row per record; an unknown name resolves to null.
UNWIND $rows AS row
CALL (row) {
  OPTIONAL MATCH (p:Place) WHERE p.id = row.city OR toLower(p.name) = toLower(row.city)
  RETURN collect(p.id)[0] AS placeId
}
CALL (row) {
  UNWIND coalesce(row.competences, []) AS t
  OPTIONAL MATCH (c:Competence) WHERE c.id = t OR toLower(c.nameDe) = toLower(t) OR toLower(c.nameEn) = toLower(t)
  WITH t, collect(c.id)[0] AS id
  RETURN collect({given: t, id: id}) AS competences
}
CALL (row) {
  UNWIND coalesce(row.industries, []) AS t
  OPTIONAL MATCH (i:Industry) WHERE i.id = t OR toLower(i.nameDe) = toLower(t) OR toLower(i.nameEn) = toLower(t)
  WITH t, collect(i.id)[0] AS id
  RETURN collect({given: t, id: id}) AS industries
}
CALL (row) {
  OPTIONAL MATCH (a:ActionField)
  WHERE a.id = row.actionField OR toLower(a.nameDe) = toLower(row.actionField) OR toLower(a.nameEn) = toLower(row.actionField)
  RETURN collect(a.id)[0] AS actionFieldId
}
RETURN row.i AS i, placeId, competences, industries, actionFieldId
