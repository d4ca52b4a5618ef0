// The network: the explorer's whole graph in one wire format, which every graph of the API shares.
import type { Domain } from '../domain.ts';
import { networkResolvers } from './resolvers.ts';
import { networkTypeDefs } from './type-defs.ts';

export { networkParams, type NetworkFilterInput } from './arguments.ts';
export { CooperationRow, MembershipRow, OrganizationFacts, OrganizationRow, ProjectRow } from './rows.ts';
export { assembleGraph, cooperationKey, membershipKey, participationKey, type NetworkGraph } from './wire-graph.ts';

export const networkDomain: Domain = {
  name: 'network',
  typeDefs: [networkTypeDefs],
  resolvers: networkResolvers,
  // The whole cluster: a few thousand organisations and their ties.
  costs: { network: () => 5_000, networkUpTo: () => 5_000 },
};
