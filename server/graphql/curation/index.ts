// Curation: editing the cluster's data (forms), and its audit trail.
import type { Domain } from '../domain.ts';
import { curationResolvers } from './resolvers.ts';
import { curationTypeDefs } from './type-defs.ts';

const edit = () => 50;

export const curation: Domain = {
  name: 'curation',
  typeDefs: [curationTypeDefs],
  resolvers: curationResolvers,
  costs: {
    organizationProfile: () => 20,
    projectProfile: () => 20,
    auditTrail: (args) => (typeof args.first === 'number' ? args.first : 50) * 2,
    changesSince: () => 200,
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
