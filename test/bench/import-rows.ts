// The organisations file of the import benchmark: N rows in the template's German columns, every
// row valid. Most are new firms with names of their own (a surname made of syllables, unique per
// row, a partner's, a trade word and a legal form) in towns of the demo graph; every tenth re-spells a demo
// firm (legal form left out, two letters swapped, one dropped) in its town, so matching has real
// work: seeks for some, the full-text index with typos for others.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Dataset } from '../../seed/dataset.ts';
import { nameKey } from '../../server/curation/import/header-names.ts';

export const headers = ['Name', 'Art', 'Ort', 'Straße', 'Beschäftigte', 'Gründungsjahr', 'Webseite', 'Kompetenzen', 'Branchen', 'Quelle'];

/** A row as the naive loader reads it back: the cells by header. */
export type BenchRow = Record<(typeof headers)[number], string>;

// 60 × 40 × 40 = 96,000 surnames, one per new row up to that many rows (then reused with other trades).
const onsets = [
  'Ah',
  'Al',
  'Ar',
  'Ba',
  'Bei',
  'Bo',
  'Bran',
  'Bü',
  'Dal',
  'Di',
  'Dorn',
  'Eb',
  'El',
  'Fal',
  'Fi',
  'Fro',
  'Gal',
  'Gie',
  'Gro',
  'Hal',
  'Hei',
  'Hu',
  'Im',
  'Jo',
  'Kal',
  'Kie',
  'Kno',
  'Kro',
  'Lam',
  'Lie',
  'Lu',
  'Mal',
  'Mie',
  'Mu',
  'Nie',
  'Not',
  'Ol',
  'Pal',
  'Pie',
  'Quan',
  'Ral',
  'Rie',
  'Ru',
  'Sal',
  'Schie',
  'Scho',
  'Sil',
  'Stu',
  'Tal',
  'Tie',
  'Ul',
  'Val',
  'Vie',
  'Wal',
  'Wie',
  'Wu',
  'Zal',
  'Zie',
  'Zo',
  'Ost',
];
const middles = [
  'bach',
  'bert',
  'brink',
  'dach',
  'degen',
  'fink',
  'gart',
  'hack',
  'holt',
  'kamp',
  'kens',
  'lach',
  'land',
  'lott',
  'mann',
  'mars',
  'necker',
  'ping',
  'quist',
  'rath',
  'recht',
  'sack',
  'schütz',
  'sing',
  'stedt',
  'tal',
  'ting',
  'vogt',
  'wald',
  'werth',
  'wick',
  'zahl',
  'zeit',
  'helm',
  'horst',
  'kötter',
  'lüders',
  'moor',
  'pahl',
  'rode',
];
const endings = [
  '',
  'er',
  'ke',
  'el',
  'ner',
  'ow',
  'itz',
  'ing',
  'sen',
  'ert',
  'ler',
  'mann',
  'hoff',
  'meier',
  'hard',
  'berg',
  'feld',
  'hagen',
  'dorf',
  'heim',
  'stein',
  'busch',
  'brock',
  'hausen',
  'kemper',
  'wedel',
  'trupp',
  'loh',
  'schmidt',
  'fuß',
  'graf',
  'rich',
  'bold',
  'mund',
  'fried',
  'win',
  'lich',
  'bier',
  'roth',
  'zapf',
];
const trades = [
  'Metallbau',
  'Stahlbau',
  'Zerspanungstechnik',
  'Präzisionsmechanik',
  'Schweißtechnik',
  'Maschinenbau',
  'Sondermaschinenbau',
  'Anlagenbau',
  'Gießerei',
  'Umformtechnik',
  'Blechbearbeitung',
  'Oberflächentechnik',
  'Werkzeugbau',
  'Formenbau',
  'Automatisierungstechnik',
  'Steuerungstechnik',
  'Robotertechnik',
  'Messtechnik',
  'Lasertechnik',
  'Elektronik',
  'Leichtbau',
  'Prüftechnik',
  'Antriebstechnik',
  'Fördertechnik',
  'Behälterbau',
  'Schlosserei',
  'Drehteile',
  'Frästechnik',
  'Härtetechnik',
  'Galvanotechnik',
];
const legalForms = ['GmbH', 'GmbH', 'GmbH & Co. KG', 'e.K.', 'KG', 'AG'];
const streets = ['Industriestraße', 'Gewerbering', 'Hauptstraße', 'Am Werk', 'Handwerkerhof', 'Lindenallee', 'Bahnhofstraße', 'Zum Hafen'];

function surname(k: number): string {
  const s = k % (onsets.length * middles.length * endings.length);
  const onset = onsets[s % onsets.length] ?? '';
  const middle = middles[Math.floor(s / onsets.length) % middles.length] ?? '';
  const ending = endings[Math.floor(s / (onsets.length * middles.length)) % endings.length] ?? '';
  return `${onset}${middle}${ending}`;
}

const swap = (w: string, at: number) => w.slice(0, at) + (w[at + 1] ?? '') + (w[at] ?? '') + w.slice(at + 2);
const drop = (w: string, at: number) => w.slice(0, at) + w.slice(at + 1);

/** Another spelling of a demo firm's name, as lists write it (v = 0…3), or null when it has no long word. */
function respelling(name: string, v: number): string | null {
  const bare = name.replace(/ (GmbH & Co\. KG|GmbH|KG|AG|e\.K\.)$/, '');
  const words = bare.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length < 7) return v === 0 ? bare : null;
  const at = 2 + (v % 3);
  const typo = v % 2 ? swap(longest, at) : drop(longest, at);
  const misspelt = bare.replace(longest, typo);
  return [bare, `${misspelt}${name.slice(bare.length)}`, misspelt, bare.toUpperCase()][v] ?? null;
}

interface GeneratedFile {
  rows: number;
  respelt: number;
}

/** Writes the file (CSV, UTF-8, `;`): row i is a re-spelling when i % 10 === 9, else a new firm. */
export async function writeOrganizationsCsv(file: string, n: number, d: Dataset): Promise<GeneratedFile> {
  const towns = d.places.filter((p) => p.districtId !== 'berlin').map((p) => p.name);
  const placeName = new Map(d.places.map((p) => [p.id, p.name]));
  const firms = d.organizations.filter((o) => o.kind === 'company');
  const competences = d.competences.map((c) => c.nameDe);
  const industries = d.industries.map((i) => i.nameDe);
  const seen = new Set<string>();
  const out = createWriteStream(file);
  out.write(`\ufeff${headers.join(';')}\r\n`);
  let respelt = 0;
  let variant = 0;
  let firm = 0;
  for (let i = 0; i < n; i++) {
    let name = '';
    let town = '';
    while (i % 10 === 9 && name === '' && variant < 4) {
      const f = firms[firm];
      const spelt = f ? respelling(f.name, variant) : null;
      const key = `${nameKey(spelt ?? '')}|${nameKey(placeName.get(f?.placeId ?? '') ?? '')}`;
      if (f && spelt && !seen.has(key)) {
        seen.add(key);
        name = spelt;
        town = placeName.get(f.placeId) ?? '';
        respelt += 1;
      }
      firm += 1;
      if (firm >= firms.length) {
        firm = 0;
        variant += 1;
      }
    }
    if (name === '') {
      // Spread over the syllables, so that rows next to each other do not share a syllable.
      // Two partners' names, as in "Müller & Schmidt Metallbau GmbH": a trade and a town alone
      // shared with another firm is half a two-word name, but a third of this one (a new firm).
      const k = (i * 7919) % 96_000;
      const partner = surname((i * 104_729 + 12_345) % 96_000);
      const trade = trades[(i + Math.floor(i / 96_000)) % trades.length];
      name = `${surname(k)} & ${partner} ${trade} ${legalForms[i % legalForms.length]}`;
      town = towns[(i * 31) % towns.length] ?? 'Cottbus';
    }
    const cells = [
      name,
      'Unternehmen',
      town,
      `${streets[i % streets.length]} ${1 + (i % 120)}`,
      String(1 + ((i * 37) % 400)),
      String(1950 + (i % 74)),
      `https://www.firma-${i}.de`,
      [competences[i % competences.length], competences[(i * 7 + 3) % competences.length]].join(' | '),
      industries[i % industries.length] ?? '',
      'Mitgliederliste 2026',
    ];
    if (!out.write(`${cells.join(';')}\r\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { rows: n, respelt };
}
