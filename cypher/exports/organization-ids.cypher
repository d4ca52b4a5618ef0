// The ids of the organisations the network filter admits: the export's other statements take them
// as $ids, as network(filter) does.
{{network/filtered-organizations}}
RETURN o.id AS id
ORDER BY id
