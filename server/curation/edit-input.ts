// What organisation and project edits share: changes applied to a record's current fields, and
// the comparison that finds an edit changing nothing (an unchanged re-import writes nothing).

/** The fields of a profile that are not the record's own (id, version, bookkeeping). */
const bookkeeping = ['id', 'version', 'placeId', 'synthetic', 'updatedAt'];

/** The record the rules see: the current fields, a given change replacing one, null clearing it. */
export function withChanges(before: object | null, changes: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(before ?? {})) if (!bookkeeping.includes(k)) out[k] = v;
  for (const [k, v] of Object.entries(changes)) if (v !== undefined) out[k] = v;
  // Absent and null are one thing to the rules: drop nulls so optional fields pass.
  for (const k of Object.keys(out)) if (out[k] === null) delete out[k];
  return out;
}

/** True when every compared field of the intended record equals the stored one. */
export function unchanged(fields: readonly string[], intended: Readonly<Record<string, unknown>>, before: object): boolean {
  const stored = before as Readonly<Record<string, unknown>>;
  return fields.every((f) => JSON.stringify(intended[f] ?? null) === JSON.stringify(stored[f] ?? null));
}
