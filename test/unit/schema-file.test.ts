// schema.graphql is the API's contract as checked in: the client's types are generated from it, and
// a change to the server's schema shows in review as a change to this file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaFile, schemaText } from '../../server/graphql/print-schema.ts';

describe('the checked-in schema', () => {
  it('is the schema the server builds (else run npm run schema)', async () => {
    const built = await schemaText();
    const checkedIn = readFileSync(schemaFile, 'utf8');
    expect(checkedIn === built, 'schema.graphql differs from the schema the server builds: run `npm run schema` and commit the result').toBe(true);
  });
});
