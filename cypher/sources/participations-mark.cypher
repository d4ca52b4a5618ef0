// What the source says about a participation beyond its role: the source, its record (CORDIS
// project/PIC, Förderkatalog FKZ), the role in its own words, the EU contribution, the page.
UNWIND $ties AS t
MATCH (:Organization {id: t.from})-[r:PARTICIPATES_IN]->(:Project {id: t.to})
SET r += t.props
RETURN count(r) AS marked
