// Where every fact read from a public source comes from, so the graph can show it, link to it,
// and an import can find its own records again on the next run of the same file.
export const sourceNames = ['cordis', 'foerderkatalog'] as const;
export type SourceName = (typeof sourceNames)[number];

export interface Provenance {
  source: SourceName;
  /** The source's own key: a CORDIS project id or organisation PIC, a Förderkatalog FKZ. */
  recordId: string;
  /** The file as the user named it. */
  file: string;
  /** The date of the download (YYYY-MM-DD): the file's own date when the caller knows none. */
  fileDate: string;
}
