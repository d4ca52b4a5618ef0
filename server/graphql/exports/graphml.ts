// GraphML (networkx, igraph, yEd): every attribute a <key> with its type and a <desc>, declared
// before the graph; a node or edge carries <data> only for the values it has.
import { type Attribute, type AttributeType, edgeAttributes, nodeAttributes, scalar } from './attributes.ts';
import type { Emit, Encoder, ExportMeta } from './encoder.ts';
import type { ExportEdge, ExportNode } from './elements.ts';
import { xmlText } from './xml.ts';

const graphmlType: Record<AttributeType, string> = { string: 'string', int: 'int', double: 'double', boolean: 'boolean' };

// Key ids are per domain (n_kind, e_kind): nodes and edges both have a "kind".
const keyId = (cls: 'node' | 'edge', a: Attribute) => `${cls[0]}_${a.name}`;

function keys(cls: 'node' | 'edge', attributes: readonly Attribute[]): string {
  return attributes
    .map(
      (a) =>
        `  <key id="${keyId(cls, a)}" for="${cls}" attr.name="${a.name}" attr.type="${graphmlType[a.type]}"><desc>${xmlText(a.description)}</desc></key>\n`,
    )
    .join('');
}

function data(cls: 'node' | 'edge', attributes: readonly Attribute[], values: ExportNode['attributes']): string {
  let out = '';
  for (const a of attributes) {
    const v = scalar(values[a.name]);
    if (v !== null) out += `<data key="${keyId(cls, a)}">${xmlText(String(v))}</data>`;
  }
  return out;
}

export function graphmlEncoder(emit: Emit, meta: ExportMeta): Encoder {
  emit(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      `  <desc>${xmlText(`${meta.name}${meta.filter ? ` (filter: ${meta.filter})` : ''}, exported ${meta.exportedAt.toISOString()} by Cluster Explorer.`)}</desc>\n` +
      keys('node', nodeAttributes) +
      keys('edge', edgeAttributes) +
      '  <graph id="network" edgedefault="directed">\n',
  );
  return {
    node(n: ExportNode) {
      emit(`    <node id="${xmlText(n.key)}">${data('node', nodeAttributes, n.attributes)}</node>\n`);
    },
    edge(e: ExportEdge) {
      emit(
        `    <edge id="${xmlText(e.key)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">${data('edge', edgeAttributes, e.attributes)}</edge>\n`,
      );
    },
    end() {
      emit('  </graph>\n</graphml>\n');
    },
  };
}
