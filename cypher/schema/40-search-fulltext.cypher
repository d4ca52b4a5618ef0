// One full-text index for the search box: names and short names of organisations, the German
// and English names of competences and industries, and place and district names.
CREATE FULLTEXT INDEX search_names IF NOT EXISTS
FOR (n:Organization|Competence|Industry|Place|District)
ON EACH [n.name, n.shortName, n.nameDe, n.nameEn]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }
