// What every format's writer is: it takes the ordered stream (all nodes, then all edges) one
// element at a time and hands its output on as it goes, so no writer holds the graph.
import type { ExportEdge, ExportNode } from './elements.ts';

export type Emit = (chunk: string | Uint8Array) => void;

export interface Encoder {
  node(n: ExportNode): void;
  edge(e: ExportEdge): void;
  /** After the last element: closes what is open. */
  end(): void;
}

/** What a file says about itself: the graph's name, where it came from, the filter in words. */
export interface ExportMeta {
  name: string;
  /** The filter as the download URL's query string ("" for the whole network). */
  filter: string;
  exportedAt: Date;
}
