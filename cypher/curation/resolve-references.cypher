// Resolves what records name (towns, competences, industries, action fields) by id or by its
// German or English name, case-insensitively: each distinct name once, however many records of an
// import batch name it. An unknown name resolves to null.
CALL {
  UNWIND $cities AS t
  OPTIONAL MATCH (p:Place) WHERE p.id = t OR toLower(p.name) = toLower(t)
  WITH t, collect(p.id)[0] AS id
  RETURN collect({given: t, id: id}) AS places
}
CALL {
  UNWIND $competences AS t
  OPTIONAL MATCH (c:Competence) WHERE c.id = t OR toLower(c.nameDe) = toLower(t) OR toLower(c.nameEn) = toLower(t)
  WITH t, collect(c.id)[0] AS id
  RETURN collect({given: t, id: id}) AS competences
}
CALL {
  UNWIND $industries AS t
  OPTIONAL MATCH (i:Industry) WHERE i.id = t OR toLower(i.nameDe) = toLower(t) OR toLower(i.nameEn) = toLower(t)
  WITH t, collect(i.id)[0] AS id
  RETURN collect({given: t, id: id}) AS industries
}
CALL {
  UNWIND $actionFields AS t
  OPTIONAL MATCH (a:ActionField) WHERE a.id = t OR toLower(a.nameDe) = toLower(t) OR toLower(a.nameEn) = toLower(t)
  WITH t, collect(a.id)[0] AS id
  RETURN collect({given: t, id: id}) AS actionFields
}
RETURN places, competences, industries, actionFields
