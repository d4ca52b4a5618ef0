// The client's typed documents (client/src/gql/), generated from the checked-in schema.graphql and
// the graphql(`…`) documents in client/src. `npm run schema` writes both; test/unit/schema-file.test.ts
// fails when either is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['client/src/**/*.ts', '!client/src/gql/**'],
  importExtension: '.ts',
  generates: {
    'client/src/gql/': {
      preset: 'client',
      // Fragments only share selections here; every view reads the whole result.
      presetConfig: { fragmentMasking: false },
      config: {
        // A document is its query text at run time: nothing to parse or print in the browser.
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: {
          GraphologyGraph: { input: 'never', output: "import('../wire.ts').WireGraph" },
          Date: 'string',
          DateTime: 'string',
        },
      },
    },
  },
};

export default config;
