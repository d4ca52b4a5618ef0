// schema.graphql is the API's contract as checked in: the client's types are generated from it, and
// a change to the server's schema shows in review as a change to this file.
import { generate } from '@graphql-codegen/cli';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import codegen from '../../codegen.ts';
import { projectRoot } from '../../server/config.ts';
import { schemaFile, schemaText } from '../../server/graphql/print-schema.ts';

describe('the checked-in schema', () => {
  it('is the schema the server builds (else run npm run schema)', async () => {
    const built = await schemaText();
    const checkedIn = readFileSync(schemaFile, 'utf8');
    expect(
      checkedIn === built,
      'schema.graphql differs from the schema the server builds: run `npm run schema` and commit the result',
    ).toBe(true);
  });

  it("gives the client's generated types, for the client's documents as they are (else run npm run schema)", async () => {
    const files = (await generate({ ...codegen, cwd: projectRoot, silent: true }, false)) as { filename: string; content: string }[];
    expect(files.length).toBeGreaterThan(0);
    for (const { filename, content } of files) {
      const file = path.resolve(projectRoot, filename);
      const checkedIn = existsSync(file) ? readFileSync(file, 'utf8') : null;
      expect(checkedIn === content, `${filename} is stale: run \`npm run schema\` and commit the result`).toBe(true);
    }
  });
});
