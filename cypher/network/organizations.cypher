// The organisations of the network view, with stored layout positions.
{{network/filtered-organizations}}
RETURN {{network/organization-columns}}
ORDER BY id
