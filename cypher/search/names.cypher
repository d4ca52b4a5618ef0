// Full-text search over names, short names, competences, industries and places.
// $query is an escaped Lucene query built by the server from the user's words.
CALL db.index.fulltext.queryNodes('search_names', $query, {limit: $limit})
YIELD node, score
RETURN node.id AS id,
       CASE
         WHEN node:Organization THEN 'organization'
         WHEN node:Competence THEN 'competence'
         WHEN node:Industry THEN 'industry'
         WHEN node:Place THEN 'place'
         ELSE 'district'
       END AS type,
       node.kind AS kind,
       coalesce(node.name, node.nameDe) AS name,
       coalesce(node.shortName, node.nameEn) AS secondary,
       score
ORDER BY score DESC, name
