// Replaces the ties between districts (TIED_WITH, from the smaller id to the larger).
OPTIONAL MATCH (:District)-[old:TIED_WITH]->(:District)
DELETE old
WITH count(*) AS cleared
UNWIND $rows AS row
MATCH (a:District {id: row.source}), (b:District {id: row.target})
CREATE (a)-[:TIED_WITH {ties: row.ties, cooperations: row.cooperations}]->(b)
