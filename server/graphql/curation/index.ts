// Curation: editing the cluster's data (forms), and its audit trail.
import type { Domain } from '../domain.ts';
import { importResolvers } from './import-resolvers.ts';
import { importTypeDefs } from './import-type-defs.ts';
import { curationResolvers } from './resolvers.ts';
import { curationTypeDefs } from './type-defs.ts';

const edit = () => 50;

export const curation: Domain = {
  name: 'curation',
  typeDefs: [curationTypeDefs, importTypeDefs],
  resolvers: {
    ...curationResolvers,
    Query: { ...curationResolvers.Query, ...importResolvers.Query },
    Mutation: { ...curationResolvers.Mutation, ...importResolvers.Mutation },
  },
  costs: {
    organizationProfile: () => 20,
    projectProfile: () => 20,
    auditTrail: (args) => (typeof args.first === 'number' ? args.first : 50) * 2,
    changesSince: () => 200,
    imports: () => 50,
    matchReviews: (args) => (typeof args.first === 'number' ? args.first : 50) * 2,
    decideMatch: edit,
    undoImport: () => 1_000,
    createOrganization: edit,
    updateOrganization: edit,
    deleteOrganization: edit,
    mergeOrganizations: edit,
    createProject: edit,
    updateProject: edit,
    deleteProject: edit,
    setParticipation: edit,
    removeParticipation: edit,
    setCooperation: edit,
    removeCooperation: edit,
    setMembership: edit,
    removeMembership: edit,
  },
};
