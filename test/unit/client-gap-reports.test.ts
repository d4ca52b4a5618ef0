// The gap lens's reports as data: rows and findings from API answers, sorting, formatting, CSV,
// and the German or English sentence of a suggested introduction.
import { describe, expect, it } from 'vitest';
import type { Introduction, ReportData } from '../../client/src/gaps/api.ts';
import { groupColors, groupLabel, lensDefinitions } from '../../client/src/gaps/lenses.ts';
import { formatCell, reportCsv, sortRows } from '../../client/src/gaps/report-table.ts';
import { communityLabel } from '../../client/src/gaps/report-parts.ts';
import { buildReport } from '../../client/src/gaps/reports.ts';
import { rowsPerPage, rowsToShow } from '../../client/src/gaps/table-view.ts';
import { introductionWhy } from '../../client/src/gaps/why.ts';
import type { Term } from '../../client/src/partners/types.ts';
import { gapLenses } from '../../client/src/state.ts';

const names = new Map<string, Term>([
  ['giessereitechnik', { id: 'giessereitechnik', nameDe: 'Gießereitechnik', nameEn: 'Foundry technology' }],
  ['leichtbau', { id: 'leichtbau', nameDe: 'Leichtbau', nameEn: 'Lightweight construction' }],
]);

const spots: ReportData = {
  whitespots: [
    {
      competence: { ...names.get('leichtbau')!, core: true },
      companies: 179,
      research: 5,
      ties: 66,
      researchProjects: 16,
      linkedCompanies: 37,
      whiteSpot: false,
      demandWithoutResearchLink: false,
      supplyWithoutUptake: false,
    },
    {
      competence: { ...names.get('giessereitechnik')!, core: false },
      companies: 91,
      research: 0,
      ties: 0,
      researchProjects: 0,
      linkedCompanies: 0,
      whiteSpot: true,
      demandWithoutResearchLink: true,
      supplyWithoutUptake: false,
    },
  ],
};

describe('the gap reports as tables', () => {
  it('turns the white-spot matrix into rows, flags the white spot, and draws the same rows as a heatmap', () => {
    const r = buildReport('whitespots', spots, 'de', names);
    expect(r.rows.map((x) => [x.id, x.alert, x.values.finding])).toEqual([
      ['leichtbau', false, ''],
      ['giessereitechnik', true, 'weißer Fleck'],
    ]);
    expect(r.charts[0]).toMatchObject({
      kind: 'heatmap',
      rows: [
        { key: 'leichtbau', values: [179, 5, 66, 16, 37] },
        { key: 'giessereitechnik', values: [91, 0, 0, 0, 0], alert: true },
      ],
    });
    expect(buildReport('whitespots', spots, 'en', names).rows[1]?.values).toMatchObject({
      competence: 'Foundry technology',
      finding: 'white spot',
    });
  });

  it('sorts numbers and German names in either direction, keeping the report order for ties', () => {
    const rows = ['Zossen', 'Äpfelstadt', 'Berlin', 'Cottbus'].map((name, i) => ({
      id: String(i),
      alert: false,
      values: { name, n: i % 2 },
    }));
    expect(sortRows(rows, 'name:asc', 'de').map((r) => r.values.name)).toEqual(['Äpfelstadt', 'Berlin', 'Cottbus', 'Zossen']);
    expect(sortRows(rows, 'n:desc', 'de').map((r) => r.id)).toEqual(['1', '3', '0', '2']);
  });

  it('formats shares, numbers and flags for the reader and writes raw numbers to CSV, defusing formulas', () => {
    expect(formatCell('de', 0.4567, 'share')).toBe('45,7 %');
    expect(formatCell('en', 12345, 'int')).toBe('12,345');
    expect(formatCell('de', true, 'flag')).toBe('ja');
    expect(formatCell('de', null, 'int')).toBe('–');
    const report = buildReport(
      'reach',
      {
        reach: {
          companies: 10,
          withoutDirectTie: 6,
          withoutTieWithinTwo: 4,
          byDistrict: [{ key: 'prignitz', label: '=Prignitz', companies: 10, withoutDirectTie: 6, withoutTieWithinTwo: 4 }],
        },
      },
      'de',
      names,
    );
    expect(reportCsv('de', report, report.rows).split('\r\n')).toEqual([
      '\uFEFF"id";"Landkreis";"Unternehmen";"ohne direkten Kontakt";"ohne Forschung in 2 Schritten";"Anteil"',
      '"prignitz";"\'=Prignitz";"10";"6";"4";"0,4"',
      '',
    ]);
    expect(reportCsv('en', report, report.rows).split('\r\n')[1]).toBe('"prignitz","\'=Prignitz","10","6","4","0.4"');
  });

  it('flags the district cut off from research and lists the ties between districts, strongest first', () => {
    const district = (id: string, name: string, cut: boolean) => ({
      district: { id, name },
      organizations: 10,
      companies: 9,
      research: cut ? 0 : 1,
      tiesWithin: 3,
      tiesOutside: 4,
      researchTies: cut ? 0 : 2,
      companiesWithResearchTie: 0,
      cutOffFromResearch: cut,
    });
    const r = buildReport(
      'districts',
      {
        districts: {
          districts: [district('cottbus', 'Cottbus', false), district('prignitz', 'Prignitz', true)],
          between: [
            { from: 'cottbus', to: 'prignitz', ties: 2 },
            { from: 'cottbus', to: 'potsdam', ties: 7 },
          ],
        },
      },
      'de',
      names,
    );
    expect(r.rows.filter((x) => x.alert).map((x) => [x.id, x.values.finding])).toEqual([['prignitz', 'abgeschnitten']]);
    expect(r.pairs).toEqual({ title: 'gapBetween', items: ['Cottbus ↔ potsdam: 7', 'Cottbus ↔ Prignitz: 2'] });
  });

  it('lists the organisations with partners abroad and, in a second table, the countries by name, keeping demo projects marked', () => {
    const gapOrg = { id: 'fhg-ipk', name: 'Fraunhofer IPK', kind: 'research_institute', sizeClass: null, employees: null } as const;
    const data: ReportData = {
      international: {
        regionalOrganizations: 5,
        withForeignPartners: 3,
        withoutForeignPartners: 2,
        foreignPartners: 4,
        byKind: [{ kind: 'company', organizations: 2, withForeignPartners: 2, withoutForeignPartners: 0 }],
        countries: [{ country: 'FR', partners: 2, syntheticPartners: 1, regionalOrganizations: 3, projects: 3 }],
        organizations: [
          {
            organization: { ...gapOrg, districtName: 'Berlin', competences: [], synthetic: false },
            foreignPartners: 4,
            countries: [{ key: 'FR', count: 2 }],
            projectCount: 2,
            projects: [
              { id: 'eu-2', title: 'Light Alloys', synthetic: false },
              { id: 'eu-3', title: 'Demo', synthetic: true },
            ],
          },
        ],
      },
    };
    const de = buildReport('international', data, 'de', names);
    expect(de.rows[0]?.values).toMatchObject({
      foreignPartners: 4,
      countries: 'Frankreich 2',
      projects: 2,
      projectTitles: 'Light Alloys; Demo (synthetisch)',
    });
    expect(de.notes).toEqual([
      '3 von 5 Organisationen der Region haben Partner im Ausland (4 Partner, Länder: 1); 2 haben keine.',
      'Unternehmen: 2 mit, 0 ohne Partner im Ausland',
    ]);
    expect(de.sideTables?.[0]?.rows.map((r) => r.values)).toEqual([
      { country: 'Frankreich', foreignPartners: 2, syntheticPartners: 1, regionalReached: 3, projects: 3 },
    ]);
    expect(buildReport('international', data, 'en', names).sideTables?.[0]?.rows[0]?.values.country).toBe('France');
  });

  it("labels a community by its dominant competences and districts in the reader's language", () => {
    const c = {
      competences: [
        { key: 'leichtbau', label: 'Leichtbau' },
        { key: 'unknown', label: 'Unbekannt' },
      ],
      districts: [{ label: 'Cottbus' }],
    };
    expect(communityLabel('en', c, names)).toBe('Lightweight construction, Unbekannt · Cottbus');
  });

  it('has a definition, a colour for every class it can return, and German and English labels for each lens', () => {
    expect(Object.keys(lensDefinitions).sort()).toEqual([...gapLenses].sort());
    for (const key of [
      'isolated',
      'direct',
      'within_two',
      'none',
      'research',
      'linked',
      'unlinked',
      'with_industry',
      'without_industry',
      'cut_off',
      'district',
      'articulation',
      'broker',
      'c1',
      'c10',
      'with_abroad',
      'without_abroad',
      'abroad',
    ]) {
      expect(groupColors[key], key).toMatch(/^#[0-9A-F]{6}$/i);
      expect(groupLabel('de', key), key).not.toBe(key);
    }
    expect(groupLabel('en', 'c3')).toBe('community 3');
  });
});

describe('the sentence of a suggested introduction', () => {
  const intro: Introduction = {
    gap: 'UNBRIDGED_COMMUNITIES',
    subject: '1-4',
    score: 0.67,
    from: { id: 'a', name: 'Alpha GmbH', kind: 'company', districtName: null },
    to: { id: 'b', name: 'Beta AG', kind: 'company', districtName: null },
    sharedCompetences: ['leichtbau'],
    partner: null,
  };

  it('says what the gap is and what the pair shares, in German and English', () => {
    expect(introductionWhy('de', intro, names)).toBe(
      'Alpha GmbH ist Knotenpunkt einer Gemeinschaft ohne Brücke zur anderen. Beta AG: Leichtbau gemeinsam',
    );
    expect(introductionWhy('en', { ...intro, gap: 'ISOLATED' }, names)).toBe(
      'Alpha GmbH has no project or cooperation tie yet. Beta AG: Lightweight construction in common',
    );
  });
});

describe('a long report in the panel', () => {
  const rows = Array.from({ length: 500 }, (_, i) => ({ id: `r${i}`, values: {}, alert: false }));

  it('shows a page of a hundred rows, and more when asked', () => {
    expect(rowsToShow(rows, null, 0)).toBe(rowsPerPage);
    expect(rowsToShow(rows, null, 300)).toBe(300);
  });

  it("always shows the current row's page", () => {
    expect(rowsToShow(rows, 'r99', 100)).toBe(100);
    expect(rowsToShow(rows, 'r100', 100)).toBe(200);
    expect(rowsToShow(rows, 'r499', 100)).toBe(500);
    expect(rowsToShow(rows, 'gone', 100)).toBe(100);
  });
});
