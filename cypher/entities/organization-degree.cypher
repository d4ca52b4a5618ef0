// An organisation's degree, as a @cypher field of the generated API.
{{entities/degree}}
