// The CSV export of a Förderkatalog search (foerderportal.bund.de, "Ausgabe als Textdatei"), in
// one place: header as the portal writes it → our field. The portal renamed some columns over the
// years; every name seen is accepted (docs/sources.md says where each was seen, and which are
// unverified). The recipient's and the executing site's places have the same names, in two blocks
// after their organisation's column: `after` tells them apart.
import type { SourceColumn } from '../columns.ts';

export type FoerderkatalogField =
  | 'fkz'
  | 'ressort'
  | 'agency'
  | 'recipient'
  | 'recipientMunicipalityCode'
  | 'recipientCity'
  | 'recipientState'
  | 'recipientCountry'
  | 'site'
  | 'siteCity'
  | 'siteState'
  | 'siteCountry'
  | 'topic'
  | 'lpsText'
  | 'start'
  | 'end'
  | 'amount'
  | 'profile'
  | 'jointProject'
  | 'fundingKind';

const place = (field: FoerderkatalogField, names: readonly string[], after: FoerderkatalogField, required = false) =>
  ({ field, names, after, required }) as const;

export const foerderkatalogColumns: readonly SourceColumn<FoerderkatalogField>[] = [
  { field: 'fkz', names: ['FKZ', 'Förderkennzeichen'], required: true },
  { field: 'ressort', names: ['Ressort'], required: false },
  { field: 'agency', names: ['PT', 'Administrierende Stelle', 'Projektträger'], required: false },
  {
    field: 'recipient',
    names: ['Zuwendungsempfänger', 'Förderempfänger /Auftragnehmer', 'Förderempfänger/Auftragnehmer'],
    required: true,
  },
  place('recipientMunicipalityCode', ['Gemeindekennziffer'], 'recipient'),
  place('recipientCity', ['Ort'], 'recipient', true),
  place('recipientState', ['Bundesland'], 'recipient', true),
  place('recipientCountry', ['Staat'], 'recipient'),
  { field: 'site', names: ['Ausführende Stelle'], required: false },
  place('siteCity', ['Ort'], 'site'),
  place('siteState', ['Bundesland'], 'site'),
  place('siteCountry', ['Staat'], 'site'),
  { field: 'topic', names: ['Thema', 'Thema des geförderten Vorhabens'], required: true },
  { field: 'lpsText', names: ['Klartext Leistungsplansystematik'], required: false },
  { field: 'start', names: ['Laufzeit von'], required: true },
  { field: 'end', names: ['Laufzeit bis'], required: false },
  {
    field: 'amount',
    names: ['Fördersumme in EUR', 'Förder- / Auftragssumme (Anteil des Bundes) in EUR', 'Förder-/Auftragssumme (Anteil des Bundes) in EUR'],
    required: false,
  },
  { field: 'profile', names: ['Förderprofil'], required: false },
  // "Projekt" is the name in a 2026 export seen second-hand (docs/sources.md: unverified).
  { field: 'jointProject', names: ['Verbundprojekt', 'Projekt'], required: true },
  { field: 'fundingKind', names: ['Förderart'], required: false },
];

/** The portal's page of one FKZ. */
export const foerderkatalogPage = (fkz: string) =>
  `https://foerderportal.bund.de/foekat/jsp/SucheAction.do?actionMode=view&fkz=${encodeURIComponent(fkz)}`;

/** The column (as the older export names it) each field of our records is made from, to name it in a problem. */
export const foerderkatalogMadeFrom = {
  project: {
    title: 'Thema',
    acronym: 'Verbundprojekt',
    start: 'Laufzeit von',
    end: 'Laufzeit bis',
    fundingEur: 'Fördersumme in EUR',
    programme: 'Klartext Leistungsplansystematik',
  },
  organization: {
    name: 'Zuwendungsempfänger',
    kind: 'Zuwendungsempfänger',
    city: 'Ort',
    country: 'Staat',
    organization: 'Zuwendungsempfänger',
    project: 'Verbundprojekt',
  },
} as const satisfies Record<string, Record<string, string>>;
