// What can be imported, as the upload dialog offers it: the kinds and each kind's fields are the
// server's templates themselves (shared/import-templates.ts), with their German and English
// column names, so the dialog cannot name a field differently from the template.
import { type RecordKind, recordKinds, type TemplateColumn, templates } from '../../../shared/import-templates.ts';
import type { Lang } from '../i18n.ts';

export const importKinds = recordKinds;
export type ImportKind = RecordKind;

/** A kind's fields in the template's order. */
export const importFields = (kind: ImportKind): readonly TemplateColumn[] => templates[kind].columns;

/** A field's column name in the language; an unknown field (a newer server's) by its own name. */
export function fieldLabel(lang: Lang, kind: ImportKind, field: string): string {
  const found = importFields(kind).find((x) => x.field === field);
  return found ? found[lang] : field;
}

/** Where the template of a kind is downloaded, in the UI's language. */
export const templateUrl = (kind: ImportKind, format: 'csv' | 'xlsx', lang: Lang): string =>
  `/import/template/${kind}.${format}?lang=${lang}`;
