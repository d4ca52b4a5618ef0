// One row of the export is one part (Teilvorhaben) of a project: its FKZ, its recipient with the
// place, the executing site, the topic, the duration and the amount, with German dates and amounts
// read strictly.
import type { ImportProblem } from '../../curation/import/problems.ts';
import type { SourceRow } from '../source-csv.ts';
import { germanAmount, germanAmountExpected, germanDate, germanDateExpected } from '../values.ts';
import type { FoerderkatalogField } from './columns.ts';

export interface Place {
  name: string;
  city: string;
  state: string;
  country: string;
}

export interface Part {
  row: number;
  fkz: string;
  jointProject: string;
  recipient: Place;
  /** The executing site, when the export names one other than the recipient. */
  site?: Place;
  topic: string;
  start: string;
  end?: string;
  amountEur?: number;
  ressort: string;
  lpsText: string;
}

export function readPart(row: SourceRow<FoerderkatalogField>): { part: Part } | { problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const date = (field: FoerderkatalogField) => {
    const text = row.get(field);
    const day = text === '' ? undefined : germanDate(text);
    if (text !== '' && day === undefined) problems.push(row.problem(field, germanDateExpected));
    return day;
  };
  const start = date('start');
  if (row.get('start') === '') problems.push(row.problem('start', `${germanDateExpected} (required)`));
  const end = date('end');
  if (start !== undefined && end !== undefined && end < start)
    problems.push(row.problem('end', `a date on or after Laufzeit von (${row.get('start')})`));
  const amountText = row.get('amount');
  const amountEur = amountText === '' ? undefined : germanAmount(amountText);
  if (amountText !== '' && amountEur === undefined) problems.push(row.problem('amount', germanAmountExpected));
  for (const field of ['fkz', 'recipient', 'recipientCity', 'topic'] as const) {
    if (row.get(field) === '') problems.push(row.problem(field, 'a value (required)'));
  }
  if (problems.length > 0 || start === undefined) return { problems };
  const recipient: Place = {
    name: row.get('recipient'),
    city: row.get('recipientCity'),
    state: row.get('recipientState'),
    country: row.get('recipientCountry'),
  };
  const siteName = row.get('site');
  const site: Place | undefined =
    siteName === '' || siteName === recipient.name
      ? undefined
      : { name: siteName, city: row.get('siteCity'), state: row.get('siteState'), country: row.get('siteCountry') };
  return {
    part: {
      row: row.row,
      fkz: row.get('fkz'),
      jointProject: row.get('jointProject'),
      recipient,
      ...(site === undefined ? {} : { site }),
      topic: row.get('topic'),
      start,
      ...(end === undefined ? {} : { end }),
      ...(amountEur === undefined ? {} : { amountEur }),
      ressort: row.get('ressort'),
      lpsText: row.get('lpsText'),
    },
  };
}

/** The key parts of one joint project share: its name, whatever the spacing and case. */
export const jointProjectKey = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase();
