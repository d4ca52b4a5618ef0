// graphology's serialisation format (Graph.from / graph.import read it), the network query's wire
// format: { attributes, options, nodes: [{ key, attributes }], edges: [{ key, source, target,
// attributes }] }, written element by element. Lists stay arrays here.
import type { Emit, Encoder, ExportMeta } from './encoder.ts';
import type { ExportEdge, ExportNode } from './elements.ts';

export function graphologyEncoder(emit: Emit, meta: ExportMeta): Encoder {
  const attributes = { name: meta.name, filter: meta.filter, exportedAt: meta.exportedAt.toISOString() };
  const options = { type: 'mixed', multi: false, allowSelfLoops: false };
  emit(`{"attributes":${JSON.stringify(attributes)},"options":${JSON.stringify(options)},\n"nodes":[`);
  let first = true;
  let inEdges = false;
  const openEdges = () => {
    if (inEdges) return;
    inEdges = true;
    first = true;
    emit('\n],\n"edges":[');
  };
  const item = (value: unknown) => {
    emit(`${first ? '\n' : ',\n'}${JSON.stringify(value)}`);
    first = false;
  };
  return {
    node: (n: ExportNode) => item(n),
    edge: (e: ExportEdge) => {
      openEdges();
      item(e);
    },
    end() {
      openEdges();
      emit('\n]}\n');
    },
  };
}
