// Full-text search over organisations and the terms a user filters by. $query is an escaped
// Lucene query built by the server from the user's words. Terms come first: they are few and the
// search box offers them as filters.
CALL () {
  CALL db.index.fulltext.queryNodes('search_terms', $query, {limit: toInteger($limit)})
  YIELD node, score
  RETURN node, score, 0 AS rank
  UNION ALL
  CALL db.index.fulltext.queryNodes('search_organizations', $query, {limit: toInteger($limit)})
  YIELD node, score
  RETURN node, score, 1 AS rank
}
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
ORDER BY rank, score DESC, name
LIMIT toInteger($limit)
