// The example operations of docs/queries/*.graphql, one file per researcher's question. A file
// starts with `#` lines saying what it answers; its variables, if any, are one line
// `# variables: {…JSON…}`. The query IDE opens each as a tab and the tests run each: one source.
import { Kind, parse } from 'graphql';

export interface Example {
  /** The file's name without .graphql, e.g. 01-cluster-figures. */
  name: string;
  /** What it answers: the file's leading `#` lines, joined. */
  description: string;
  /** The operation, with its leading comment but without the variables line. */
  query: string;
  variables: Record<string, unknown>;
}

/** An example file whose variables line is not a JSON object. */
export class ExampleFileError extends Error {
  override name = 'ExampleFileError';
}

const variablesLine = /^#\s*variables:(.*)$/m;

function variablesOf(name: string, json: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    throw new ExampleFileError(`docs/queries/${name}.graphql: the "# variables:" line is not JSON (${String(err)}).`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ExampleFileError(`docs/queries/${name}.graphql: the "# variables:" line must hold a JSON object, got ${json.trim()}.`);
  }
  return value as Record<string, unknown>;
}

export function parseExample(name: string, source: string): Example {
  const line = variablesLine.exec(source);
  const query = line ? source.replace(`${line[0]}\n`, '') : source;
  const lines = query.split('\n');
  const comment = lines.slice(
    0,
    Math.max(
      0,
      lines.findIndex((l) => !l.startsWith('#')),
    ),
  );
  return {
    name,
    description: comment
      .map((l) => l.replace(/^#\s?/, ''))
      .join(' ')
      .trim(),
    query,
    variables: line ? variablesOf(name, line[1] ?? '') : {},
  };
}

/** Examples from file paths and their text, in file-name order. */
export function examplesFrom(files: Record<string, string>): Example[] {
  return Object.entries(files)
    .map(([file, source]) => parseExample(file.replace(/^.*\//, '').replace(/\.graphql$/, ''), source))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The operation name to send with a document: GraphiQL can still hold the previous tab's name for
 * a moment after a tab switch, and the server refuses a name the document does not define. Such a
 * name is dropped (a document of one operation then runs that one); a document that does not
 * parse keeps it, for the server to say what is wrong.
 */
export function operationNameFor(query: string, name: string | null | undefined): string | null {
  if (!name) return null;
  try {
    const names = parse(query).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));
    return names.includes(name) ? name : null;
  } catch {
    return name;
  }
}
