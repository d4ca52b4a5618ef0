// The example operations of docs/queries, read as the query IDE reads them (client/src/graphiql/examples.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { examplesFrom, type Example } from '../../client/src/graphiql/examples.ts';
import { projectRoot } from '../../server/config.ts';

export const exampleDir = path.join(projectRoot, 'docs', 'queries');

export function docsExamples(): Example[] {
  const files = readdirSync(exampleDir).filter((f) => f.endsWith('.graphql'));
  return examplesFrom(Object.fromEntries(files.map((f) => [f, readFileSync(path.join(exampleDir, f), 'utf8')])));
}
