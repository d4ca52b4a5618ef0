// The arguments of transferPartners, checked in two passes: their shape before any query (ranges,
// allowed values, which combinations make sense), then against the database (the organisation,
// place, district and competence ids exist) once partners/context has answered.
import { badInput, notFound } from '../../errors.ts';
import { ids, intInRange, oneOf } from '../arguments.ts';
import type { CompetenceName, PartnerContext, ReferencePoint, SourceOrganization } from './rows.ts';

export const PARTNER_KINDS = ['company', 'university', 'research_institute'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
const RESEARCH_KINDS: readonly PartnerKind[] = ['university', 'research_institute'];

export const DEFAULT_LIMIT = 10;
export const DEFAULT_SCALE_KM = 150;

export interface NearInput {
  placeId?: string | null;
  districtId?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

export interface TransferPartnersArgs {
  organizationId?: string | null;
  competences?: readonly string[] | null;
  kinds?: readonly string[] | null;
  near?: NearInput | null;
  maxDistanceKm?: number | null;
  limit?: number | null;
  includeKnown?: boolean | null;
}

export type Near = { placeId: string } | { districtId: string } | { latitude: number; longitude: number };

/** The arguments after the first pass: shapes and ranges are right, ids not yet checked. */
export interface PartnerRequest {
  organizationId: string | null;
  competences: string[] | null;
  kinds: PartnerKind[] | null; // null: the default, decided once we know if there is a location
  near: Near | null;
  maxDistanceKm: number | null;
  limit: number;
  includeKnown: boolean;
}

function parseNear(near: NearInput | null | undefined): Near | null {
  if (!near) return null;
  const { placeId, districtId, latitude, longitude } = near;
  const forms = [placeId != null, districtId != null, latitude != null || longitude != null].filter(Boolean).length;
  if (forms !== 1) throw badInput('near', 'give exactly one of placeId, districtId, or latitude with longitude.', near);
  if (placeId != null) {
    ids('near.placeId', [placeId]);
    return { placeId };
  }
  if (districtId != null) {
    ids('near.districtId', [districtId]);
    return { districtId };
  }
  if (latitude == null || longitude == null) throw badInput('near', 'latitude and longitude go together: give both.', near);
  if (!(latitude >= -90 && latitude <= 90)) throw badInput('near.latitude', `must be from -90 to 90, got ${latitude}.`, latitude);
  if (!(longitude >= -180 && longitude <= 180)) throw badInput('near.longitude', `must be from -180 to 180, got ${longitude}.`, longitude);
  return { latitude, longitude };
}

export function parseRequest(args: TransferPartnersArgs): PartnerRequest {
  const organizationId = args.organizationId ?? null;
  if (organizationId !== null) ids('organizationId', [organizationId]);
  const competences = ids('competences', args.competences);
  if (competences !== null && competences.length === 0) {
    throw badInput('competences', "give at least one competence id, or leave it out to use the organisation's own.", []);
  }
  if (organizationId === null && competences === null) {
    throw badInput('competences', 'give competences (the needs), an organizationId (its competences are used), or both.');
  }
  const kinds = oneOf('kinds', args.kinds, PARTNER_KINDS) as PartnerKind[] | null;
  if (kinds !== null && kinds.length === 0) throw badInput('kinds', `give at least one of ${PARTNER_KINDS.join(', ')}.`, []);
  return {
    organizationId,
    competences: competences === null ? null : [...new Set(competences)],
    kinds: kinds === null ? null : [...new Set(kinds)],
    near: parseNear(args.near),
    maxDistanceKm: intInRange('maxDistanceKm', args.maxDistanceKm, 1, 1000),
    limit: intInRange('limit', args.limit ?? DEFAULT_LIMIT, 1, 50) ?? DEFAULT_LIMIT,
    includeKnown: args.includeKnown === true,
  };
}

/** Everything the search needs, every id checked. */
export interface PartnerQuery {
  source: SourceOrganization | null;
  needs: CompetenceName[];
  vocabulary: ReadonlyMap<string, CompetenceName>; // every competence, for names of related fields
  kinds: PartnerKind[];
  reference: ReferencePoint | null;
  maxDistanceKm: number | null;
  scaleKm: number;
  limit: number;
  includeKnown: boolean;
}

function reference(request: PartnerRequest, context: PartnerContext): ReferencePoint | null {
  const near = request.near;
  if (near && 'placeId' in near) {
    if (!context.place) throw notFound('place', near.placeId);
    return context.place;
  }
  if (near && 'districtId' in near) {
    if (!context.district) throw notFound('district', near.districtId);
    return context.district;
  }
  if (near) return { ...near, label: null };
  const o = context.organization;
  return o && o.latitude !== null && o.longitude !== null
    ? { latitude: o.latitude, longitude: o.longitude, label: o.place ?? o.name }
    : null;
}

export function resolveQuery(request: PartnerRequest, context: PartnerContext): PartnerQuery {
  const source = context.organization;
  if (request.organizationId !== null && !source) throw notFound('organization', request.organizationId);
  const byId = new Map(context.vocabulary.map((c) => [c.id, c]));
  const needIds = request.competences ?? source?.competences ?? [];
  for (const id of needIds) {
    if (!byId.has(id)) throw badInput('competences', `"${id}" is not a competence id. Valid: ${[...byId.keys()].join(', ')}.`, id);
  }
  if (needIds.length === 0) {
    throw badInput('competences', `organisation "${request.organizationId}" holds no competence: give the competences you need.`);
  }
  const point = reference(request, context);
  if (request.kinds?.includes('company') && point === null) {
    throw badInput(
      'kinds',
      'firms are searched around a location: give near or an organizationId, or ask only for university and research_institute.',
      request.kinds,
    );
  }
  if (request.maxDistanceKm !== null && point === null) {
    throw badInput('maxDistanceKm', 'needs a location to measure from: give near or an organizationId.', request.maxDistanceKm);
  }
  return {
    source,
    needs: needIds.map((id) => byId.get(id) as CompetenceName),
    vocabulary: byId,
    // Without a location the default leaves firms out rather than failing (see the error above).
    kinds: request.kinds ?? (point === null ? [...RESEARCH_KINDS] : [...PARTNER_KINDS]),
    reference: point,
    maxDistanceKm: request.maxDistanceKm,
    scaleKm: request.maxDistanceKm ?? DEFAULT_SCALE_KM,
    limit: request.limit,
    includeKnown: request.includeKnown,
  };
}
