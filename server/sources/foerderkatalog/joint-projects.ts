// The parts of one Verbundprojekt become ONE national project: the title of its first part
// (by FKZ) without the part's own title, the earliest start, the latest end, the sum of the
// amounts; each recipient takes part once, as a partner (the export names no coordinator).
import { nameKey } from '../../curation/import/header-names.ts';
import type { ImportProblem } from '../../curation/import/problems.ts';
import { organizationRecord, projectRecord } from '../../curation/records.ts';
import type { Provenance } from '../provenance.ts';
import type { ExecutingSite, SourceOrganization, SourceParticipation, SourceProject } from '../source-records.ts';
import { foerderkatalogPage } from './columns.ts';
import { kindFromName } from './kinds.ts';
import { kindDetails } from '../societies.ts';
import type { Part, Place } from './parts.ts';

export interface FileContext {
  file: string;
  fileDate: string;
}

export interface JointProject {
  project: SourceProject;
  organizations: SourceOrganization[];
  participations: SourceParticipation[];
}

const countries: Readonly<Record<string, string>> = {
  deutschland: 'DE',
  österreich: 'AT',
  schweiz: 'CH',
  niederlande: 'NL',
  frankreich: 'FR',
  polen: 'PL',
  belgien: 'BE',
  dänemark: 'DK',
  italien: 'IT',
  tschechien: 'CZ',
  'tschechische republik': 'CZ',
};
/** The export writes the country in German; an empty one is Germany, an unknown one left out. */
const countryCode = (name: string): string | undefined => (name === '' ? 'DE' : countries[name.toLowerCase()]);

/** "Verbundprojekt: Leichtbau im Fahrzeug - Teilvorhaben: Fügen" → "Leichtbau im Fahrzeug". */
export function jointTitle(topic: string): string {
  return topic
    .replace(/^\s*(verbundprojekt|verbundvorhaben|verbund)\s*[:-]\s*/i, '')
    .replace(/\s*[-–:;,]?\s*(teilvorhaben|teilprojekt|tv\s*\d|tp\s*\d)\b.*$/is, '')
    .trim();
}

const byFkz = (a: Part, b: Part) => (a.fkz < b.fkz ? -1 : a.fkz > b.fkz ? 1 : 0);

export function jointProject(name: string, parts: readonly Part[], ctx: FileContext): JointProject | { problems: ImportProblem[] } {
  const sorted = [...parts].sort(byFkz);
  const first = sorted[0] as Part;
  const provenance = (recordId: string): Provenance => ({ source: 'foerderkatalog', recordId, file: ctx.file, fileDate: ctx.fileDate });
  const source = `Förderkatalog des Bundes, ${ctx.file} (${ctx.fileDate})`;
  const ends = sorted.flatMap((p) => (p.end === undefined ? [] : [p.end]));
  const amounts = sorted.flatMap((p) => (p.amountEur === undefined ? [] : [p.amountEur]));
  const programme = [first.ressort, first.lpsText].filter((s) => s !== '').join(' – ');
  const candidate = {
    title: jointTitle(first.topic) || name,
    acronym: name.length <= 40 ? name : undefined,
    level: 'national',
    programme: programme === '' ? undefined : programme.slice(0, 200),
    start: sorted.map((p) => p.start).reduce((a, b) => (b < a ? b : a)),
    end: ends.length === 0 ? undefined : ends.reduce((a, b) => (b > a ? b : a)),
    // Cents summed as whole numbers: 0.1 + 0.2 must stay 0.3.
    fundingEur: amounts.length === 0 ? undefined : amounts.reduce((sum, a) => sum + Math.round(a * 100), 0) / 100,
    website: foerderkatalogPage(first.fkz),
    source,
  };
  const parsed = projectRecord.safeParse(candidate);
  const problem = (field: string, value: unknown, expected: string): ImportProblem => ({
    file: ctx.file,
    row: first.row,
    column: null,
    field,
    value: value === undefined ? null : String(value),
    expected: `${expected} (joint project "${name}", made from its parts)`,
  });
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((i) =>
        problem(String(i.path[0] ?? ''), candidate[String(i.path[0]) as keyof typeof candidate], i.message),
      ),
    };
  }
  const project: SourceProject = {
    row: first.row,
    record: parsed.data,
    provenance: provenance(name),
    fundingCodes: sorted.map((p) => p.fkz),
  };

  const organizations = new Map<string, SourceOrganization>();
  const participations = new Map<string, SourceParticipation>();
  const problems: ImportProblem[] = [];
  for (const part of sorted) {
    const who = participant(part);
    const key = organizationKey(who);
    let org = organizations.get(key);
    if (org === undefined) {
      const country = countryCode(who.country);
      const kind = kindFromName(who.name);
      const record = organizationRecord.safeParse({
        name: who.name,
        kind,
        ...kindDetails(kind, who.name),
        city: who.city,
        ...(country === undefined ? {} : { country }),
        source,
      });
      if (!record.success) {
        problems.push(...record.error.issues.map((i) => ({ ...problem(String(i.path[0] ?? ''), who.name, i.message), row: part.row })));
        continue;
      }
      org = { key, row: part.row, record: record.data, provenance: provenance(part.fkz), kindGuessed: true };
      organizations.set(key, org);
    }
    if (part.site !== undefined && who === part.recipient) org.sites = addSite(org.sites ?? [], part.site);
    const earlier = participations.get(key);
    if (earlier !== undefined) {
      earlier.provenance.recordId += `,${part.fkz}`;
      continue;
    }
    participations.set(key, {
      row: part.row,
      record: { organization: org.record.name, project: project.record.title, role: 'partner', source },
      provenance: provenance(part.fkz),
      organizationKey: key,
      projectRecordId: name,
      sourceRole: who === part.recipient ? 'Zuwendungsempfänger' : 'Ausführende Stelle',
    });
  }
  if (problems.length > 0) return { problems };
  return { project, organizations: [...organizations.values()], participations: [...participations.values()] };
}

/**
 * Research societies receive the money for their institutes: "Fraunhofer-Gesellschaft … e.V." in
 * Munich with the Fraunhofer IAP in Potsdam as the executing site; likewise the Forschungsverbund
 * Berlin for its eight Leibniz institutes. The institute takes part, not the society's head office.
 */
const society =
  /^(fraunhofer-gesellschaft|max-planck-gesellschaft|helmholtz-(gemeinschaft|zentrum)|leibniz-gemeinschaft|forschungsverbund berlin)/i;

function participant(part: Part): Place {
  return part.site !== undefined && society.test(part.recipient.name.trim()) ? part.site : part.recipient;
}

/** A recipient is known by its name and town: the export has no number for it. */
export const organizationKey = (place: Place) => `foerderkatalog:${nameKey(place.name)}|${nameKey(place.city)}`;

function addSite(sites: readonly ExecutingSite[], place: Place): ExecutingSite[] {
  if (sites.some((s) => s.name === place.name && s.city === place.city)) return [...sites];
  const country = countryCode(place.country);
  return [
    ...sites,
    {
      name: place.name,
      city: place.city,
      ...(place.state === '' ? {} : { state: place.state }),
      ...(country === undefined ? {} : { country }),
    },
  ];
}
