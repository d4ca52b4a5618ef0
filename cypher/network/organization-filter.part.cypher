// The network filter's conditions on an organisation o at place p in district d. Every filter is
// optional: a null parameter means "no restriction".
($kinds IS NULL OR o.kind IN $kinds)
  AND ($districts IS NULL OR d.id IN $districts)
  AND ($places IS NULL OR p.id IN $places)
  AND ($societies IS NULL OR o.kind <> 'research_institute' OR o.society IN $societies)
  AND ($competences IS NULL OR EXISTS { (o)-[:HAS_COMPETENCE]->(c:Competence) WHERE c.id IN $competences })
  AND ($industries IS NULL OR EXISTS { (o)-[:SUPPLIES]->(i:Industry) WHERE i.id IN $industries })
  AND ($minEmployees IS NULL OR o.employees >= $minEmployees)
  AND ($maxEmployees IS NULL OR o.employees <= $maxEmployees)
  AND ($synthetic IS NULL OR o.synthetic = $synthetic)
