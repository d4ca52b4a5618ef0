// What a field or cell expected, in German: the server states its rules in English (the API is
// read by researchers abroad), the explorer shows them to German users. Parameterised rules are
// patterns; a rule without a translation is shown as it is, never dropped.
import { type Patterns, phrasebook } from './phrasebook.ts';

const exact: Readonly<Record<string, string>> = {
  'a value': 'ein Wert',
  'a value (required)': 'ein Wert (Pflichtfeld)',
  'a date that exists': 'ein Datum, das es gibt',
  'a date as YYYY-MM-DD or DD.MM.YYYY': 'ein Datum als TT.MM.JJJJ oder JJJJ-MM-TT',
  'a date as DD.MM.YYYY or YYYY-MM-DD': 'ein Datum als TT.MM.JJJJ oder JJJJ-MM-TT',
  'a finite number': 'eine endliche Zahl',
  'a header row with the column names': 'eine Kopfzeile mit den Spaltennamen',
  'a latitude in degrees (WGS 84)': 'ein Breitengrad in Grad (WGS 84)',
  'a longitude in degrees (WGS 84)': 'ein Längengrad in Grad (WGS 84)',
  'a list of names separated by ; or |': 'eine Liste von Namen, getrennt durch ; oder |',
  'a name of at least 2 characters': 'ein Name mit mindestens 2 Zeichen',
  'a title of at least 3 characters': 'ein Titel mit mindestens 3 Zeichen',
  'a number (51,7563 or 51.7563)': 'eine Zahl (51,7563 oder 51.7563)',
  'a whole number (1234 or 1.234)': 'eine ganze Zahl (1234 oder 1.234)',
  'a phone number of digits, spaces and + ( ) / -': 'eine Telefonnummer aus Ziffern, Leerzeichen und + ( ) / -',
  'a postcode (5 digits in Germany)': 'eine Postleitzahl (5 Ziffern in Deutschland)',
  'a project id (several projects have this title)': 'eine Projekt-ID (mehrere Projekte tragen diesen Titel)',
  'a project of the graph, by id, title or acronym': 'ein Projekt des Netzwerks, per ID, Titel oder Akronym',
  'a two-letter country code (ISO 3166, e.g. DE, PL)': 'ein Ländercode aus zwei Buchstaben (ISO 3166, z. B. DE, PL)',
  'a value, not a formula': 'ein Wert, keine Formel',
  'a value, not a formula (a cell may start with + - @ only as a number)':
    'ein Wert, keine Formel (mit + - @ darf eine Zelle nur als Zahl beginnen)',
  'a value, not true/false': 'ein Wert, nicht wahr/falsch',
  'a web address starting with http:// or https://': 'eine Webadresse, die mit http:// oder https:// beginnt',
  'an amount in euros': 'ein Betrag in Euro',
  'an amount in euros (1.234.567,89 or 1234567.89)': 'ein Betrag in Euro (1.234.567,89 oder 1234567.89)',
  'an amount of at least 0 euros': 'ein Betrag von mindestens 0 Euro',
  'an e-mail address (name@example.de)': 'eine E-Mail-Adresse (name@beispiel.de)',
  'an id not used by an earlier row': 'eine ID, die keine frühere Zeile verwendet',
  'an id of lower-case letters, digits and hyphens (e.g. co-0042)':
    'eine ID aus Kleinbuchstaben, Ziffern und Bindestrichen (z. B. co-0042)',
  'an organisation of the graph, by id or name (import it first)': 'eine Organisation des Netzwerks, per ID oder Name (zuerst importieren)',
  'a real organisation, not a synthetic demo record (import it first)':
    'eine echte Organisation, kein erfundener Demo-Eintrag (zuerst importieren)',
  'the id of a real organisation, not of a synthetic demo record (leave the id empty to import it as a new one)':
    'die ID einer echten Organisation, nicht eines erfundenen Demo-Eintrags (ID leer lassen, um sie neu zu importieren)',
  'a real project, not a synthetic demo record (import it first)': 'ein echtes Projekt, kein erfundener Demo-Eintrag (zuerst importieren)',
  'the id of a real project, not of a synthetic demo record (leave the id empty to import it as a new one)':
    'die ID eines echten Projekts, nicht eines erfundenen Demo-Eintrags (ID leer lassen, um es neu zu importieren)',
  'an organisation that exists': 'eine Organisation, die es gibt',
  'another organisation than the first': 'eine andere Organisation als die erste',
  'another organisation than the one kept': 'eine andere Organisation als die, die bleibt',
  'a chamber, association or network': 'eine Kammer, ein Verband oder ein Netzwerk',
  'a known Handlungsfeld (by id or name)': 'ein bekanntes Handlungsfeld (per ID oder Name)',
  'a town the graph knows, or coordinates (lat, lon) for a new one':
    'ein Ort, den das Netzwerk kennt, oder Koordinaten (lat, lon) für einen neuen',
  'empty unless kind is university': 'leer, außer bei der Art Hochschule',
  'empty unless kind is research_institute': 'leer, außer bei der Art Forschungsinstitut',
  'latitude and longitude together, or neither': 'Breiten- und Längengrad zusammen oder keinen von beiden',
  'one row per organisation (same name and town)': 'eine Zeile je Organisation (gleicher Name und Ort)',
  'one row per organisation and membership': 'eine Zeile je Organisation und Mitgliedschaft',
  'one row per organisation and project': 'eine Zeile je Organisation und Projekt',
  'one row per pair of organisations and kind of cooperation': 'eine Zeile je Paar von Organisationen und Art der Kooperation',
  'one value, not a list': 'ein Wert, keine Liste',
  'one line of text, without tabs or line breaks': 'eine Zeile Text, ohne Tabulatoren oder Zeilenumbrüche',
  'text, not a date (format the column as text)': 'Text, kein Datum (die Spalte als Text formatieren)',
  'a well-formed CSV record': 'ein gültiger CSV-Datensatz',
  'a quote that is never closed': 'ein Anführungszeichen, das nie geschlossen wird',
  'at most 50 entries': 'höchstens 50 Einträge',
  'a workbook with a sheet': 'eine Arbeitsmappe mit einem Tabellenblatt',
  'a file ending in .csv, .xlsx, .json or .jsonl': 'eine Datei mit der Endung .csv, .xlsx, .json oder .jsonl',
};

const patterns: Patterns = [
  [/^must have at least (\d+) characters$/, (n) => `mindestens ${n} Zeichen`],
  [/^must have at most (\d+) characters$/, (n) => `höchstens ${n} Zeichen`],
  [/^must not contain the login$/, () => 'darf den Benutzernamen nicht enthalten'],
  [/^at most (\d+) characters$/, (n) => `höchstens ${n} Zeichen`],
  [/^a whole number from (-?\d+) to (-?\d+)$/, (a, b) => `eine ganze Zahl von ${a} bis ${b}`],
  [/^one of (.+)$/, (list) => `eines von: ${list}`],
  [/^a date on or after the start \((.+)\)$/, (d) => `ein Datum am oder nach dem Beginn (${d})`],
  [/^known (.+) \(by id or German or English name\)$/, (what) => `bekannte ${what} (per ID oder deutschem oder englischem Namen)`],
  [
    /^coordinates in ([A-Z]{2}) \((.+)\); state the country for a site abroad$/,
    (c, box) =>
      `Koordinaten in ${c} (${box.replace('latitude', 'Breite').replace('longitude', 'Länge')}); für einen Standort im Ausland das Land angeben`,
  ],
  [
    /^a column of the (\w+) template: (.+); or map it to one \(or leave it out\) in the column mapping$/,
    (_, names) => `eine Spalte der Vorlage: ${names}; oder in der Spaltenzuordnung einem Feld zuordnen (oder weglassen)`,
  ],
  [/^one column for (.+) \(already read from "(.+)"\)$/, (c, h) => `eine Spalte für ${c} (schon aus „${h}“ gelesen)`],
  [
    /^a column (.+) \(required; also accepted: (.+)\)$/,
    (c, a) => `eine Spalte ${c} (Pflicht; auch angenommen: ${a === 'no other names' ? 'keine anderen Namen' : a})`,
  ],
  [
    /^as many cells as the header has columns \((\d+)\); a value with the delimiter in it must be in quotes$/,
    (n) => `so viele Zellen, wie die Kopfzeile Spalten hat (${n}); ein Wert mit dem Trennzeichen muss in Anführungszeichen stehen`,
  ],
  [
    /^an organisation named without doubt \(it may be (.+): use its id\)$/,
    (x) => `eine eindeutig benannte Organisation (es könnte ${x} sein: bitte deren ID angeben)`,
  ],
  [/^a value, not (.+)$/, (x) => `ein Wert, nicht ${x}`],
  [/^(.+) \(row (\d+) has it already\)$/, (rule, row) => `${expectedInGerman(rule)} (Zeile ${row} hat sie schon)`],
];

export const expectedInGerman = phrasebook(exact, patterns);
