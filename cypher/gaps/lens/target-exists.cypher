// Does the lens target exist? $label (Competence, District or Organization) is set by the server.
RETURN CASE $label
  WHEN 'Competence' THEN EXISTS { (:Competence {id: $id}) }
  WHEN 'District' THEN EXISTS { (:District {id: $id}) }
  ELSE EXISTS { (:Organization {id: $id}) }
END AS found
