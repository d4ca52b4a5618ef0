// The editing API as the forms use it: an organisation's profile with its version, and the
// mutations that change, create, merge and delete records. Every write carries the CSRF token.
import { gql, mutate } from '../api.ts';
import { graphql, type ResultOf, type VariablesOf } from '../graphql.ts';

export const ProfileFields = graphql(`fragment ProfileFields on OrganizationProfile {
  id version name shortName kind city postCode street country lat lon employees founded website
  universityKind society competences industries contactName contactEmail contactPhone notes source synthetic updatedAt
}`);

export type Profile = ResultOf<typeof ProfileFields>;

const ProfileQuery = graphql(`query EditProfile($id: ID!) { organizationProfile(id: $id) { ...ProfileFields } }`);

export async function loadProfile(id: string): Promise<Profile | null> {
  return (await gql(ProfileQuery, { id })).organizationProfile;
}

const UpdateMutation = graphql(`mutation UpdateOrganization($id: ID!, $version: Int!, $fields: OrganizationFields!) {
  updateOrganization(id: $id, version: $version, fields: $fields) { ...ProfileFields }
}`);

export type OrganizationFields = VariablesOf<typeof UpdateMutation>['fields'];

export async function updateOrganization(csrf: string | null, id: string, version: number, fields: OrganizationFields): Promise<Profile> {
  return (await mutate(csrf, UpdateMutation, { id, version, fields })).updateOrganization;
}

const CreateMutation = graphql(`mutation CreateOrganization($fields: OrganizationFields!) {
  createOrganization(fields: $fields) { ...ProfileFields }
}`);

export async function createOrganization(csrf: string | null, fields: OrganizationFields): Promise<Profile> {
  return (await mutate(csrf, CreateMutation, { fields })).createOrganization;
}

const DeleteMutation = graphql(`mutation DeleteOrganization($id: ID!, $version: Int!) { deleteOrganization(id: $id, version: $version) }`);

export async function deleteOrganization(csrf: string | null, id: string, version: number): Promise<void> {
  await mutate(csrf, DeleteMutation, { id, version });
}

const MergeMutation =
  graphql(`mutation MergeOrganizations($keep: ID!, $keepVersion: Int!, $drop: ID!, $dropVersion: Int!, $fields: OrganizationFields) {
  mergeOrganizations(keep: $keep, keepVersion: $keepVersion, drop: $drop, dropVersion: $dropVersion, fields: $fields) { ...ProfileFields }
}`);

export async function mergeOrganizations(csrf: string | null, keep: Profile, drop: Profile, fields: OrganizationFields): Promise<Profile> {
  const variables = { keep: keep.id, keepVersion: keep.version, drop: drop.id, dropVersion: drop.version, fields };
  return (await mutate(csrf, MergeMutation, variables)).mergeOrganizations;
}

const CreateProjectMutation = graphql(
  `mutation CreateProject($fields: ProjectFields!) { createProject(fields: $fields) { id version title } }`,
);

export type ProjectFields = VariablesOf<typeof CreateProjectMutation>['fields'];

export async function createProject(csrf: string | null, fields: ProjectFields): Promise<string> {
  return (await mutate(csrf, CreateProjectMutation, { fields })).createProject.id;
}

const ParticipationMutation = graphql(`mutation SetParticipation($organization: ID!, $project: ID!, $role: ParticipationRole!) {
  setParticipation(organization: $organization, project: $project, role: $role)
}`);

export async function setParticipation(
  csrf: string | null,
  organization: string,
  project: string,
  role: 'lead' | 'partner',
): Promise<void> {
  await mutate(csrf, ParticipationMutation, { organization, project, role });
}
