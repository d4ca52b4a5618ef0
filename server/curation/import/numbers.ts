// Numbers as German and English lists write them. A comma alone is a decimal comma (German
// files first); both separators: the last one is the decimal mark; dots in groups of three are
// thousands where the column holds whole numbers or amounts ("1.234" employees is 1234), but a
// decimal point in coordinates ("51.756" is a latitude); likewise "1,200" employees are 1200.
// Spaces group thousands ("1 234").
export type NumberStyle = 'integer' | 'decimal' | 'amount';

const grouped = (sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`);
const spaceGrouped = /^\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d+)?$/;

export function parseNumber(input: string, style: NumberStyle): number | undefined {
  let s = input.trim();
  if (style === 'amount') s = s.replace(/\s*(€|EUR)$/i, '').replace(/^(€|EUR)\s*/i, '');
  let sign = '';
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s[0] === '-' ? '-' : '';
    s = s.slice(1);
  }
  if (spaceGrouped.test(s)) s = s.replace(/[ \u00a0\u202f]/g, '');
  const plain = plainDigits(s, style);
  if (plain === undefined) return undefined;
  const n = Number(sign + plain);
  return Number.isFinite(n) ? n : undefined;
}

/** The number as JavaScript reads it (digits, at most one '.'), or undefined. */
function plainDigits(s: string, style: NumberStyle): string | undefined {
  if (/^\d+$/.test(s)) return s;
  const dot = s.lastIndexOf('.');
  const comma = s.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) {
    const group = dot > comma ? ',' : '.';
    const at = Math.max(dot, comma);
    const whole = s.slice(0, at);
    const fraction = s.slice(at + 1);
    if (!grouped(group).test(whole) || !/^\d+$/.test(fraction)) return undefined;
    return `${whole.split(group).join('')}.${fraction}`;
  }
  if (comma >= 0) {
    // Two or more comma groups cannot be a decimal comma: English thousands (1,234,567); nor can
    // one in a whole number ("1,200" employees is never 1.2 of them).
    if (/^\d{1,3}(,\d{3}){2,}$/.test(s) || (style === 'integer' && grouped(',').test(s))) return s.replace(/,/g, '');
    if (/^\d+,\d+$/.test(s)) return s.replace(',', '.');
    return undefined;
  }
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(s)) return s.replace(/\./g, '');
  if (style !== 'decimal' && grouped('.').test(s)) return s.replace(/\./g, '');
  if (/^\d*\.\d+$/.test(s)) return s;
  return undefined;
}
