// `npm run import -- [--kind K] [--dry-run | --skip-bad] <files…>`: imports spreadsheets (CSV,
// XLSX, JSON) of organisations, projects, participations, cooperations or memberships. Each file
// is checked first (the dry run) and written only when every row passes, or with --skip-bad
// without its bad rows; progress and the report go to the terminal. With --source cordis or
// --source foerderkatalog, the files are a public source's downloads (server/sources/cli.ts).
import path from 'node:path';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { runWithDatabase } from '../../command.ts';
import { type RecordKind, recordKinds } from '../records.ts';
import { openImport } from './open-import.ts';
import { type ImportMode, runImport } from './run-import.ts';
import { templates } from '../../../shared/import-templates.ts';
import { importSourceFiles } from '../../sources/cli.ts';
import { type SourceName, sourceNames } from '../../sources/provenance.ts';

const usage = `usage: npm run import -- [--kind ${recordKinds.join('|')}] [--dry-run | --skip-bad] <files…>
       npm run import -- --source ${sourceNames.join('|')} [--dry-run | --skip-bad] [--file-date YYYY-MM-DD] <files…>`;

/** The kind from --kind, or from the file's name in English or German (mitglieder.csv → organizations). */
function kindOf(file: string, given: string | undefined): RecordKind | null {
  if (given) return (recordKinds as readonly string[]).includes(given) ? (given as RecordKind) : null;
  const name = path.basename(file).toLowerCase();
  const words: Readonly<Record<RecordKind, readonly string[]>> = {
    participations: ['particip', 'beteiligung'],
    cooperations: ['cooperat', 'kooperation'],
    memberships: ['membership', 'mitgliedschaft'],
    projects: ['project', 'projekt'],
    organizations: ['organi', 'mitglieder', 'unternehmen', 'firmen', 'einrichtung'],
  };
  for (const kind of recordKinds) {
    if ([templates[kind].de.toLowerCase(), ...words[kind]].some((w) => name.includes(w))) return kind;
  }
  return null;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    kind: { type: 'string' },
    source: { type: 'string' },
    'file-date': { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    'skip-bad': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help || positionals.length === 0) {
  console.log(usage);
  process.exit(values.help ? 0 : 2);
}
const mode: ImportMode = values['dry-run'] ? 'dry-run' : values['skip-bad'] ? 'skip-bad' : 'all-or-nothing';
const actor = { id: 'cli', name: `${userInfo().username} (Kommandozeile)` };

const source = values.source;
if (source !== undefined && !(sourceNames as readonly string[]).includes(source)) {
  console.error(`--source: one of ${sourceNames.join(', ')}, not "${source}"`);
  process.exit(2);
}
const fileDate = values['file-date'];
if (fileDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(fileDate)) {
  console.error(`--file-date: the download's date as YYYY-MM-DD, not "${fileDate}"`);
  process.exit(2);
}

let failed = false;
await runWithDatabase(async (db, log) => {
  if (source !== undefined) {
    const files = { source: source as SourceName, files: positionals, mode, ...(fileDate ? { fileDate } : {}) };
    if (!(await importSourceFiles(db, log, actor, files))) throw new Error('Not every package was imported: see above.');
    return;
  }
  for (const file of positionals) {
    const kind = kindOf(file, values.kind);
    if (!kind) {
      console.error(`${file}: which kind? Name it with --kind (${recordKinds.join(', ')}).`);
      failed = true;
      continue;
    }
    const { open } = await openImport(db, () => file, { kind, fileName: path.basename(file), actorId: actor.id });
    const summary = await runImport(db, actor, {
      kind,
      file: path.basename(file),
      mode,
      open,
      onProgress: (p) => process.stderr.write(`\r${path.basename(file)}: ${p.pass === 'check' ? 'checking' : 'writing'} … ${p.rows} rows`),
    });
    process.stderr.write('\n');
    const c = summary.counts;
    log(
      `${summary.file} (${kind}, ${summary.status}): ${summary.rows} rows — created ${c.created}, updated ${c.updated}, unchanged ${c.unchanged}, rejected ${c.rejected}, waiting for review ${c.review} (${summary.seconds.toFixed(1)} s)`,
    );
    for (const p of summary.problems) {
      console.log(`  ${p.file}, row ${p.row ?? '-'}, column ${p.column ?? '-'}: ${JSON.stringify(p.value)} — expected ${p.expected}`);
    }
    if (summary.problemCount > summary.problems.length)
      console.log(`  … and ${summary.problemCount - summary.problems.length} more problems`);
    if (summary.status === 'refused') {
      console.log('  Nothing was written: fix the rows above, or import with --skip-bad to leave them out.');
      failed = true;
    }
    if (summary.status === 'applied') log(`import id ${summary.importId} (undo it in the explorer's import list)`);
  }
  if (failed) throw new Error('Not every file was imported: see above.');
});
