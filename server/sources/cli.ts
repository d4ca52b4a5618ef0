// `npm run import -- --source cordis|foerderkatalog [--dry-run | --skip-bad] [--file-date D] <files…>`:
// public sources into the graph (import-source.ts), one package after another, with progress on
// the terminal and a summary of what each made, recognised, left waiting for review or refused.
import type { Actor } from '../curation/audit.ts';
import type { ImportMode } from '../curation/import/run-import.ts';
import type { Database } from '../db.ts';
import type { Log } from '../command.ts';
import { townCoordinates } from './gazetteer.ts';
import { importSource, type SourceCounts } from './import-source.ts';
import type { SourceName } from './provenance.ts';
import { sourcePackages } from './read-source.ts';
import { SourceFileError } from './source-problems.ts';

const words: Readonly<Record<keyof SourceCounts, string>> = {
  created: 'new',
  matched: 'recognised in the graph',
  updated: 'updated',
  unchanged: 'unchanged',
  review: 'waiting for review',
  rejected: 'refused',
};
const line = (what: string, c: SourceCounts) => {
  const said = (Object.keys(words) as (keyof SourceCounts)[]).filter((k) => c[k] > 0).map((k) => `${c[k]} ${words[k]}`);
  return `${what}: ${said.length > 0 ? said.join(', ') : 'none'}`;
};

/** Imports the files; false when a package was refused or could not be read. */
export async function importSourceFiles(
  db: Database,
  log: Log,
  actor: Actor,
  o: { source: SourceName; files: readonly string[]; mode: ImportMode; fileDate?: string },
): Promise<boolean> {
  let ok = true;
  const report = (
    problems: readonly { file: string; row: number | null; column: string | null; value: string | null; expected: string }[],
  ) => {
    for (const p of problems)
      console.log(`  ${p.file}, row ${p.row ?? '-'}, column ${p.column ?? '-'}: ${JSON.stringify(p.value)} — expected ${p.expected}`);
  };
  let packages: ReturnType<typeof sourcePackages>;
  try {
    packages = sourcePackages(o.source, o.files, o.fileDate ? { fileDate: o.fileDate } : {});
  } catch (err) {
    if (!(err instanceof SourceFileError)) throw err;
    report(err.problems);
    return false;
  }
  for (const pkg of packages) {
    try {
      process.stderr.write(`${pkg.name}: reading …`);
      const batch = await pkg.read();
      process.stderr.write(
        `\r${pkg.name}: ${batch.projects.length} projects in scope, ${batch.organizations.length} organisations, ${batch.participations.length} participations\n`,
      );
      const s = await importSource(db, actor, {
        source: o.source,
        file: pkg.name,
        mode: o.mode,
        batch,
        placing: { town: townCoordinates },
        onProgress: (p) => process.stderr.write(`\r${pkg.name}: ${p.step} ${p.done} of ${p.of}   `),
      });
      process.stderr.write('\n');
      log(`${pkg.name} (${o.source}, ${s.status}, ${s.seconds.toFixed(1)} s; ${s.outOfScope} projects outside the region left out)`);
      console.log(`  ${line('organisations', s.organizations)}`);
      console.log(`  ${line('projects', s.projects)}`);
      console.log(`  ${line('participations', s.participations)}`);
      report(s.problems);
      if (s.problemCount > s.problems.length) console.log(`  … and ${s.problemCount - s.problems.length} more problems`);
      if (s.status === 'refused') {
        console.log(`  Nothing of ${pkg.name} was written: fix the rows above, or import with --skip-bad to leave them out.`);
        ok = false;
      }
      if (s.status === 'applied') log(`import id ${s.importId} (undo it in the explorer's import list)`);
    } catch (err) {
      if (!(err instanceof SourceFileError)) throw err;
      process.stderr.write('\n');
      report(err.problems);
      console.log(`  Nothing of ${pkg.name} was written.`);
      ok = false;
    }
  }
  return ok;
}
