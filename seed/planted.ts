// The gaps planted in the demo data, with their known answers. The generator builds them
// by construction, so analyses can be tested against these constants.
import type { Dataset } from './dataset.ts';
import { companyId } from './ids.ts';

export const DEFAULT_COMPANIES = 2600;
export const DEFAULT_SEED = 20260; // the seed `npm run seed` uses by default too
export const MIN_COMPANIES = 50; // room for the planted groups and a few ordinary firms

// Organisation kinds that count as research: universities of all kinds and institutes.
export const RESEARCH_KINDS: readonly string[] = ['university', 'research_institute'];

// 1. White spot: a competence many firms hold and no research organisation offers.
// No research org holds it, no project addressing it has a research participant, and no
// holder has any project or cooperation tie to a research org.
export const WHITE_SPOT_COMPETENCE_ID = 'giessereitechnik';
export const whiteSpotHolderCount = (companies: number): number => Math.max(3, Math.round(companies * 0.035));
export const WHITE_SPOT_PROJECT_TITLE = 'Gießerei-Verbund dünnwandige Gussbauteile'; // one such project always exists

// 2. A district cut off from research: its firms are tied among themselves and to firms
// elsewhere, but none shares a project or a cooperation with a research org.
export const CUT_OFF_DISTRICT_ID = 'prignitz';

// 3. A research institute with metal-relevant competences that works only with research
// organisations: it shares projects and cooperations with them, never with a company.
export const INSTITUTE_WITHOUT_INDUSTRY_ID = 'lbz-ikz';

// 4. A broker: the only tie between a small group of firms and the rest of the network, an
// articulation point of the project + cooperation graph (memberships are not ties).
export const BROKER_NAME = 'Uckermärker Anlagen- und Stahlbau GmbH';
export const BROKER_DISTRICT_ID = 'uckermark';
export const BROKER_PLACE_ID = 'schwedt-oder';
export const BROKER_PROJECT_TITLE = 'Uckermärker Fertigungsverbund Anlagenteile';
export const brokerGroup: readonly { name: string; placeId: string; competences: readonly string[] }[] = [
  { name: 'Metallbau Pagel & Söhne GmbH', placeId: 'angermuende', competences: ['stahlbau', 'fuegetechnik'] },
  { name: 'Lüdtke Zerspanungstechnik GmbH', placeId: 'templin', competences: ['zerspanung'] },
  { name: 'Stegemann Blechbearbeitung GmbH & Co. KG', placeId: 'prenzlau', competences: ['umformtechnik', 'stahlbau'] },
  { name: 'Uckermärker Schweißtechnik Behling GmbH', placeId: 'prenzlau', competences: ['fuegetechnik'] },
  { name: 'Ruhnke Oberflächentechnik e.K.', placeId: 'angermuende', competences: ['oberflaechentechnik'] },
  { name: 'Zastrow Maschinen- und Vorrichtungsbau GmbH', placeId: 'templin', competences: ['maschinenbau', 'zerspanung'] },
  { name: 'Wegner Hydraulikservice GmbH', placeId: 'schwedt-oder', competences: ['maschinenbau', 'automatisierung'] },
  { name: 'Gräbert Feinwerktechnik GmbH', placeId: 'prenzlau', competences: ['zerspanung', 'werkzeugbau'] },
];

// The broker is the first company, its group the next ones; ids depend on the padding.
export const brokerId = (companies = DEFAULT_COMPANIES): string => companyId(0, companies);
export const brokerGroupIds = (companies = DEFAULT_COMPANIES): string[] => brokerGroup.map((_, k) => companyId(k + 1, companies));
export const BROKER_ID = brokerId();
export const BROKER_GROUP_IDS: readonly string[] = brokerGroupIds();

// 5. Companies without any project or cooperation tie (memberships do not count).
export function isolatedCompanyIds(dataset: Dataset): string[] {
  const tied = new Set<string>();
  for (const p of dataset.participations) tied.add(p.orgId);
  for (const c of dataset.cooperations) {
    tied.add(c.fromId);
    tied.add(c.toId);
  }
  return dataset.organizations.filter((o) => o.kind === 'company' && !tied.has(o.id)).map((o) => o.id);
}
