// The source benchmark's figures for RESULTS.md: rates are information (measured beside a naive
// loader, no goal stated); a re-import must change nothing and every planted institution must be
// recognised, and when not, what went wrong is named.
import { type Figure, figuresOf } from './figures.ts';
import { round } from './machine.ts';

export interface SourcesMeasured {
  reading: { seconds: number; packageRowsPerSecond: number; peakRssMb: number };
  scoped: { projects: number; organizations: number; participations: number };
  drySeconds: number;
  apply: { seconds: number; steps: Record<'organizations' | 'projects' | 'participations' | 'rest', number> };
  /** Seconds spent in named statements during the apply, and the dearest of them. */
  inStatements: number;
  dearest: { name: string; calls: number; seconds: number }[];
  reimport: { seconds: number; changes: number; graphChanges: Record<string, number> };
  recognised: { recognised: number; wrong: string[]; created: string[]; review: string[]; missing: string[] };
  planted: number;
  naive: { records: number; seconds: number };
  ratio: number;
}

export function sourcesFigures(m: SourcesMeasured): Figure[] {
  const fig = figuresOf('sources');
  const records = m.scoped.projects + m.scoped.organizations + m.scoped.participations;
  const rate = (n: number, s: number) => Math.round(n / s);
  const r = m.recognised;
  const notRecognised = [
    ...r.wrong.map((x) => `wrong: ${x}`),
    ...r.created.map((x) => `made anew: ${x}`),
    ...r.review.map((x) => `to review: ${x}`),
    ...r.missing.map((x) => `missing: ${x}`),
  ];
  const dearest = m.dearest
    .slice(0, 3)
    .map((s) => `${s.name} ${s.seconds} s (${s.calls} calls)`)
    .join(', ');
  return [
    fig.info('read the zip', m.reading.packageRowsPerSecond, 'rows/s', { note: `peak RSS +${m.reading.peakRssMb} MB` }),
    fig.info(`dry run, ${records.toLocaleString('en')} records in scope`, rate(records, m.drySeconds), 'records/s', {
      note: `${round(m.drySeconds)} s`,
    }),
    fig.info('apply', rate(records, m.apply.seconds), 'records/s', {
      note: `${round(m.apply.seconds)} s, ${round(m.inStatements)} s of it in statements; dearest: ${dearest}`,
    }),
    fig.info('apply: organisations', rate(m.scoped.organizations, m.apply.steps.organizations), 'records/s'),
    fig.info('apply: projects', rate(m.scoped.projects, m.apply.steps.projects), 'records/s'),
    fig.info('apply: participations', rate(m.scoped.participations, m.apply.steps.participations), 'records/s'),
    fig.info(`naive loader, first ${m.naive.records.toLocaleString('en')} records`, rate(m.naive.records, m.naive.seconds), 'records/s'),
    fig.info('apply ÷ naive loader', m.ratio, '×'),
    fig.atMost('re-import of the same package: changes', m.reimport.changes, 'changes', 0, {
      note: `${m.reimport.seconds} s`,
      limit: `graph changes: ${JSON.stringify(m.reimport.graphChanges)}`,
    }),
    fig.check('planted institutions recognised', `${r.recognised} of ${m.planted}`, '', 'all', r.recognised === m.planted, {
      ...(notRecognised.length ? { limit: notRecognised.slice(0, 5).join('; ') } : {}),
    }),
  ];
}
