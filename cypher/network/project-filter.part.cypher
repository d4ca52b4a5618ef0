// The projects p (contributing to action field a) the network filter admits.
($levels IS NULL OR p.level IN $levels)
  AND ($actionFields IS NULL OR a.id IN $actionFields)
  AND ($yearFrom IS NULL OR p.end.year >= $yearFrom)
  AND ($yearTo IS NULL OR p.start.year <= $yearTo)
