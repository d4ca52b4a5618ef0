// Resolves what a profile names (a town, competences, industries, an action field) by id or by
// its German or English name, case-insensitively; an unknown name resolves to null.
CALL () {
  OPTIONAL MATCH (p:Place) WHERE p.id = $city OR toLower(p.name) = toLower($city)
  RETURN collect(p.id)[0] AS placeId
}
CALL () {
  UNWIND $competences AS t
  OPTIONAL MATCH (c:Competence) WHERE c.id = t OR toLower(c.nameDe) = toLower(t) OR toLower(c.nameEn) = toLower(t)
  WITH t, collect(c.id)[0] AS id
  RETURN collect({given: t, id: id}) AS competences
}
CALL () {
  UNWIND $industries AS t
  OPTIONAL MATCH (i:Industry) WHERE i.id = t OR toLower(i.nameDe) = toLower(t) OR toLower(i.nameEn) = toLower(t)
  WITH t, collect(i.id)[0] AS id
  RETURN collect({given: t, id: id}) AS industries
}
CALL () {
  OPTIONAL MATCH (a:ActionField) WHERE a.id = $actionField OR toLower(a.nameDe) = toLower($actionField) OR toLower(a.nameEn) = toLower($actionField)
  RETURN collect(a.id)[0] AS actionFieldId
}
RETURN placeId, competences, industries, actionFieldId
