// Places organisations without a layout position next to what they are tied to, or else among
// the organisations of their town, so everyone's mental map of the network survives an update.
// The town's centre is taken once per town, not once per new organisation (an import batch puts
// hundreds into one town).
MATCH (o:Organization) WHERE o.x IS NULL AND o.id IN $ids
OPTIONAL MATCH (o)-[:COOPERATES_WITH|MEMBER_OF|PARTICIPATES_IN]-()-[:PARTICIPATES_IN*0..1]-(n:Organization)
  WHERE n <> o AND n.x IS NOT NULL
WITH o, avg(n.x) AS tx, avg(n.y) AS ty
OPTIONAL MATCH (o)-[:LOCATED_IN]->(p:Place)
WITH p, collect({o: o, tx: tx, ty: ty}) AS placed
CALL (p) {
  OPTIONAL MATCH (p)<-[:LOCATED_IN]-(m:Organization) WHERE m.x IS NOT NULL
  RETURN avg(m.x) AS px, avg(m.y) AS py
}
UNWIND placed AS e
WITH e.o AS o, e.tx AS tx, e.ty AS ty, px, py
SET o.x = coalesce(tx, px, 0.0) + (rand() - 0.5) * 30, o.y = coalesce(ty, py, 0.0) + (rand() - 0.5) * 30
RETURN count(o) AS placed
