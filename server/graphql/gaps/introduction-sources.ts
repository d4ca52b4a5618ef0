// For each kind of gap: which organisations an introduction starts from, what they need, which
// kinds of partner fit, and whom to leave out. The reports' own statements find them, so an
// introduction always answers a gap the reports show.
import type { Database } from '../../db.ts';
import { badInput, notFound, UnreachableCaseError } from '../../errors.ts';
import { ids } from '../arguments.ts';
import { PARTNER_KINDS, type CompetenceName, type PartnerKind } from '../partners/index.ts';
import {
  BrokerRow,
  DistrictsRow,
  IdRow,
  IsolatedRow,
  ResearchReachRow,
  ResearchWithoutIndustryRow,
  WhiteSpotRow,
  type GapOrganization,
} from './rows.ts';
import { requireMetrics } from './status.ts';

export type PartnerGap = 'ISOLATED' | 'NO_RESEARCH_TIE' | 'WHITE_SPOT' | 'RESEARCH_WITHOUT_INDUSTRY' | 'CUT_OFF_DISTRICT' | 'BROKER';

export interface GapSource {
  subject: string;
  fromId: string;
  /** Competences to find partners for; null: the organisation's own. */
  needs: string[] | null;
  kinds: PartnerKind[];
  /** Never suggested as the partner (a broker's group and the broker itself). */
  exclude: ReadonlySet<string>;
  /** Why this organisation is in the gap, as a clause after its name. */
  reason: (from: GapOrganization, needs: readonly CompetenceName[]) => string;
}

const research: PartnerKind[] = ['university', 'research_institute'];
const anyKind: PartnerKind[] = [...PARTNER_KINDS];
const none: ReadonlySet<string> = new Set();
const names = (needs: readonly CompetenceName[]): string => needs.map((n) => n.nameEn).join(', ');

function target(value: string | null): string | null {
  if (value !== null) ids('target', [value]);
  return value;
}

const idsOf = (rows: readonly { id: string }[]): string[] => rows.map((r) => r.id);

export async function gapSources(db: Database, gap: PartnerGap, rawTarget: string | null, count: number): Promise<GapSource[]> {
  const t = target(rawTarget);
  switch (gap) {
    case 'ISOLATED': {
      const [row] = t ? [] : await db.read('gaps/isolated', { kinds: ['company'], limit: count }, IsolatedRow);
      return (t ? [t] : idsOf(row?.organizations ?? [])).map((id) => ({
        subject: id,
        fromId: id,
        needs: null,
        kinds: anyKind,
        exclude: none,
        reason: () => 'has no project or cooperation tie',
      }));
    }
    case 'NO_RESEARCH_TIE': {
      const [row] = t ? [] : await db.read('gaps/research-reach', { limit: count }, ResearchReachRow);
      return (t ? [t] : idsOf(row?.companiesWithoutTieWithinTwo ?? [])).map((id) => ({
        subject: id,
        fromId: id,
        needs: null,
        kinds: research,
        exclude: none,
        reason: () => 'reaches no university or institute within two ties',
      }));
    }
    case 'WHITE_SPOT': {
      const fields = t
        ? [t]
        : idsOf((await db.read('gaps/white-spots', {}, WhiteSpotRow)).filter((r) => r.whiteSpot).map((r) => r.competence));
      const perField = Math.max(1, Math.ceil(count / Math.max(1, fields.length)));
      const sources = await Promise.all(
        fields.map(async (field) => {
          const holders = idsOf(await db.read('gaps/competence-holders', { competence: field, limit: perField }, IdRow));
          return holders.map(
            (id): GapSource => ({
              subject: field,
              fromId: id,
              needs: [field],
              kinds: research,
              exclude: none,
              reason: (_, needs) => `holds ${names(needs)}, a white spot: no university or institute offers it or works on it with firms`,
            }),
          );
        }),
      );
      if (t && sources.flat().length === 0)
        throw badInput('target', `no company holds competence "${t}" (give a competence id, e.g. giessereitechnik).`, t);
      return sources.flat().slice(0, count);
    }
    case 'RESEARCH_WITHOUT_INDUSTRY': {
      const rows = t
        ? []
        : await db.read('gaps/research-without-industry', { withCompetencesOnly: true, limit: count }, ResearchWithoutIndustryRow);
      return (t ? [t] : rows.map((r) => r.organization.id)).map((id) => ({
        subject: id,
        fromId: id,
        needs: null,
        kinds: ['company'],
        exclude: none,
        reason: () => 'shares no project or cooperation with any company',
      }));
    }
    case 'CUT_OFF_DISTRICT': {
      const districts = t
        ? [t]
        : ((await db.read('gaps/districts', {}, DistrictsRow))[0]?.districts ?? [])
            .filter((d) => d.cutOffFromResearch)
            .map((d) => d.district.id);
      const perDistrict = Math.max(1, Math.ceil(count / Math.max(1, districts.length)));
      const sources = await Promise.all(
        districts.map(async (district) =>
          idsOf(await db.read('gaps/district-companies', { district, limit: perDistrict }, IdRow)).map(
            (id): GapSource => ({
              subject: district,
              fromId: id,
              needs: null,
              kinds: research,
              exclude: none,
              reason: (from) => `is in ${from.districtName ?? district}, a district without any tie to a university or institute`,
            }),
          ),
        ),
      );
      if (t && sources.flat().length === 0)
        throw badInput('target', `no company in district "${t}" (give a district id, e.g. prignitz).`, t);
      return sources.flat().slice(0, count);
    }
    case 'BROKER': {
      await requireMetrics(db);
      const rows = await db.read('gaps/brokers', { id: t, orderBy: 'splitOff', limit: t ? 1 : 3, cutOffLimit: 0 }, BrokerRow);
      if (t && rows.length === 0) throw notFound('broker (an organisation whose loss would separate others)', t);
      const perBroker = Math.max(1, Math.ceil(count / Math.max(1, rows.length)));
      return rows
        .flatMap((r) => {
          const broker = r.organization;
          const group = r.splitOffIds;
          const exclude = new Set([broker.id, ...group]);
          return group.slice(0, perBroker).map(
            (id): GapSource => ({
              subject: broker.id,
              fromId: id,
              needs: null,
              kinds: anyKind,
              exclude,
              reason: () => `reaches the rest of the network only through ${broker.name}`,
            }),
          );
        })
        .slice(0, count);
    }
    default:
      throw new UnreachableCaseError(gap);
  }
}
