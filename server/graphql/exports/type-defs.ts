export const exportsTypeDefs = `
"A file format the network can be downloaded in."
enum ExportFormat {
  "GEXF 1.2 for Gephi (also networkx.read_gexf, graphology-gexf); typed attributes, layout positions as viz:position."
  gexf
  "GraphML for networkx (read_graphml), igraph (read_graph(format='graphml')), yEd; every attribute a typed key with a description."
  graphml
  "A zip of nodes.csv, edges.csv and README.txt: UTF-8 with byte order mark, so Excel opens it; comma-separated (lang: de gives semicolons)."
  csv
  "graphology's serialisation format (Graph.from in JavaScript), the same shape as network.graph."
  graphology
}

"The separator and decimal mark of a CSV export."
enum ExportLanguage {
  "Comma-separated, decimal point: what R, pandas and English Excel read (the default)."
  en
  "Semicolon-separated, decimal comma: what German Excel reads."
  de
}

"Where to download the network in a format: a plain GET, no GraphQL needed."
type NetworkExport {
  "The format this link downloads."
  format: ExportFormat!
  "The download's path and query string on this server, e.g. /export/network.gexf?kinds=company: GET it from the API's origin."
  url: String!
  "The file name the download is saved under, e.g. cluster-metall-network-2026-12-01.gexf."
  fileName: String!
  "The Content-Type of the download, e.g. application/gexf+xml."
  contentType: String!
}

type Query {
  """
  A link that downloads the network (or the part a filter selects, exactly as network(filter)
  selects it) as a file for Gephi, networkx, igraph, R or Excel. The link is checked here but the
  export runs when it is fetched, streamed, and counts against the client's budget then.
  """
  networkExport(
    "The file format."
    format: ExportFormat!
    "The same filter as network(filter); none: the whole network."
    filter: NetworkFilter
    "For csv only: the separator and decimal mark (default en)."
    lang: ExportLanguage
  ): NetworkExport!
}
`;
