// One cell as the readers give it: typed where the file has types (XLSX numbers and dates, JSON
// numbers and arrays), text otherwise. A formula or an error value is kept as what it is, so the
// report can say "a value, not a formula" instead of importing a cached or injected result.
export type Cell =
  | string
  | number
  | boolean
  | Date
  | null
  | readonly Cell[]
  | { readonly formula: string }
  | { readonly unsupported: string };

/** The header-keyed cells of one row, and the row number as the user sees it. */
export interface SheetRow {
  row: number;
  cells: ReadonlyMap<string, Cell>;
  /** Non-empty cells beyond the header's columns (a delimiter inside an unquoted value). */
  overflow?: number;
  /**
   * CSV only: the cells by position. A header that repeats a name keeps only its first column in
   * `cells`; the Förderkatalog's export names the recipient's and the executing site's places alike.
   */
  values?: readonly string[];
}

/** A reader's events: the header once, first, then the rows. */
export type SheetEvent = { header: readonly string[]; row: number | null } | SheetRow;

/** Narrows a cell to a list (Array.isArray does not narrow a readonly array type). */
export function isCellList(cell: Cell): cell is readonly Cell[] {
  return Array.isArray(cell);
}

/** The cell as the user typed it, for the report. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'Invalid Date' : cell.toISOString();
  if (isCellList(cell)) return cell.map(cellText).join('; ');
  if ('formula' in cell) return `=${cell.formula}`;
  return 'unsupported' in cell ? cell.unsupported : '';
}

/** True for a cell that holds nothing: empty, only spaces, or an empty list. */
export function isEmptyCell(cell: Cell | undefined): boolean {
  if (cell === undefined || cell === null) return true;
  if (typeof cell === 'string') return cell.trim() === '';
  if (isCellList(cell)) return cell.length === 0;
  return false;
}
