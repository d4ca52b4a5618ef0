// Text for XML 1.0 attributes and elements. Escaping covers &, <, >, " and '; characters XML 1.0
// does not allow at all (controls other than tab, line feed and carriage return, lone surrogates,
// U+FFFE and U+FFFF) are dropped, because no escape makes them legal and one would make the whole
// file unreadable to every parser. Tab, line feed and carriage return are written as character
// references inside attributes, where parsers would otherwise turn them into spaces.

const notXml =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** A value for an attribute or element text: legal XML 1.0, nothing of it read as markup. */
export function xmlText(value: string): string {
  return value.replace(notXml, '').replace(/[&<>"'\t\n\r]/g, (c) => entities[c] ?? c);
}
