// The server's network wire format (graphology's serialisation), as the client reads it.
export interface WireNode {
  key: string;
  attributes: Record<string, unknown>;
}

export interface WireEdge {
  key: string;
  source: string;
  target: string;
  attributes: Record<string, unknown>;
}

export interface WireGraph {
  attributes?: Record<string, unknown>;
  nodes: WireNode[];
  edges: WireEdge[];
}
