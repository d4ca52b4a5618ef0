// International-reach lens: the region's organisations with partners abroad (with_abroad) and
// without (without_abroad), and those partners (abroad), as gaps/international-reach counts them.
{{gaps/international}}
WITH collect({id: o.id, abroad: abroad, partners: partners}) AS regional
UNWIND [
  ['with_abroad', [r IN regional WHERE r.partners > 0 | r.id]],
  ['without_abroad', [r IN regional WHERE r.partners = 0 | r.id]],
  ['abroad', COLLECT { UNWIND regional AS r UNWIND r.abroad AS a RETURN DISTINCT a.f.id }]
] AS g
RETURN g[0] AS key, g[1] AS ids
