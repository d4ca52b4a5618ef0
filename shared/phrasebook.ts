// Server sentences in the UI's German: a word-for-word table, then patterns for the sentences that
// carry values (numbers, names, towns). A sentence without words here is shown as it is.
export type Patterns = readonly [RegExp, (...m: string[]) => string][];

export function phrasebook(exact: Readonly<Record<string, string>>, patterns: Patterns): (text: string) => string {
  return (text) => {
    const known = exact[text];
    if (known) return known;
    for (const [pattern, say] of patterns) {
      const m = pattern.exec(text);
      if (m) return say(...m.slice(1));
    }
    return text;
  };
}
