// Exports: the network as GEXF, GraphML, CSV (zipped) or graphology JSON, streamed at
// GET /export/network.<format> with the network filter in the query string; networkExport(…)
// returns that link.
import type { Domain } from '../domain.ts';
import { exportsResolvers } from './resolvers.ts';
import { exportsTypeDefs } from './type-defs.ts';

export { exportRoute } from './route.ts';

export const exportsDomain: Domain = {
  name: 'exports',
  typeDefs: [exportsTypeDefs],
  resolvers: exportsResolvers,
  // A link only: the export itself is charged when it is fetched (route.ts, exportCost).
  costs: { networkExport: () => 1 },
};
