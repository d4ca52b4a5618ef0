// The example operations of docs/queries/*.graphql, one file per researcher's question. A file
// starts with `#` lines saying what it answers; its variables, if any, are one line
// `# variables: {…JSON…}`. The query IDE opens each as a tab and the tests run each: one source.

export interface Example {
  /** The file's name without .graphql, e.g. cluster-figures. */
  name: string;
  /** The operation, with its leading comment but without the variables line. */
  query: string;
  variables: Record<string, unknown>;
}

const variablesLine = /^#\s*variables:(.*)$/m;

/** Reads one example file; throws, naming the file, when its variables line is not a JSON object. */
export function parseExample(name: string, source: string): Example {
  const line = variablesLine.exec(source);
  let variables: unknown = {};
  if (line) {
    try {
      variables = JSON.parse(line[1] ?? '');
    } catch (err) {
      throw new Error(`docs/queries/${name}.graphql: the "# variables:" line is not JSON (${String(err)}).`);
    }
    if (variables === null || typeof variables !== 'object' || Array.isArray(variables)) {
      throw new Error(`docs/queries/${name}.graphql: the "# variables:" line must hold a JSON object, got ${line[1]?.trim()}.`);
    }
  }
  const query = line ? source.replace(`${line[0]}\n`, '') : source;
  return { name, query, variables: variables as Record<string, unknown> };
}

/** Examples from file paths and their text, in file-name order. */
export function examplesFrom(files: Record<string, string>): Example[] {
  return Object.entries(files)
    .map(([file, source]) => parseExample(file.replace(/^.*\//, '').replace(/\.graphql$/, ''), source))
    .sort((a, b) => a.name.localeCompare(b.name));
}
