// Why a row might be an organisation of the graph, in German: the matcher states its reasons in
// English (server/curation/matching/score.ts, match.ts; the API is read abroad too), the review
// queue shows them to German users. A reason without words here is shown as it is.
import { type Patterns, phrasebook } from './phrasebook.ts';

const parts: Readonly<Record<string, string>> = {
  name: 'Name',
  'name ~ short name': 'Name ~ Kurzname',
  'short name ~ name': 'Kurzname ~ Name',
  'short names': 'Kurznamen',
  'name in brackets': 'Name in Klammern',
};
const part = (label: string) => parts[label] ?? label;

const exact: Readonly<Record<string, string>> = {
  'same id': 'dieselbe ID',
  'same name without legal form': 'derselbe Name ohne Rechtsform',
  'same name once normalised': 'derselbe Name nach Vereinheitlichung',
  'same words': 'dieselben Wörter',
  'one word with a typo': 'ein Wort mit Tippfehler',
  'same city': 'derselbe Ort',
  'town and site agree': 'Ort und Standort passen zusammen',
  'same words in another order': 'dieselben Wörter in anderer Reihenfolge',
  'no candidate': 'kein Kandidat',
};

const patterns: Patterns = [
  [/^same words \((.+)\)$/, (l) => `dieselben Wörter (${part(l)})`],
  [/^names (\d+) % alike \((.+)\)$/, (p, l) => `Namen zu ${p} % ähnlich (${part(l)})`],
  [/^acronym (.+) = initials$/, (a) => `Akronym ${a} = Anfangsbuchstaben`],
  [/^(\d+) words with typos$/, (n) => `${n} Wörter mit Tippfehlern`],
  [/^other town \((.+)\)$/, (x) => `anderer Ort (${x})`],
  [/^legal form (.+) ≠ (.+)$/, (a, b) => `Rechtsform ${a} ≠ ${b}`],
  [/^kind (.+) ≠ (.+)$/, (a, b) => `Art ${a} ≠ ${b}`],
  [/^id (.+) not in the graph$/, (x) => `ID ${x} nicht im Netzwerk`],
  [/^no candidate above ([\d.]+) \(best ([\d.]+)\)$/, (a, b) => `kein Kandidat über ${a} (bester ${b})`],
  [/^(.+) is nearly as likely$/, (x) => `${x} ist fast ebenso wahrscheinlich`],
];

export const matchReasonInGerman = phrasebook(exact, patterns);
