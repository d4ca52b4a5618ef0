// The competence vocabulary, for the sentences of introductions.
MATCH (k:Competence)
RETURN k.id AS id, k.nameDe AS nameDe, k.nameEn AS nameEn
ORDER BY id
