// A separate index for the few terms (competences, industries, places, districts): they must
// not drown among thousands of company names that contain the same word.
CREATE FULLTEXT INDEX search_terms IF NOT EXISTS
FOR (n:Competence|Industry|Place|District) ON EACH [n.name, n.nameDe, n.nameEn]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }
