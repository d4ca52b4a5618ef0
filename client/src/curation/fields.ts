// Form controls of the edit forms: each with its label, an optional note, and a place for the
// server's problem with it (BAD_USER_INPUT names the field), read back as the API's value.
import { h } from '../dom.ts';

export type FieldValue = string | number | string[] | null;

export interface Field {
  name: string;
  element: HTMLElement;
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  /** The value as the API takes it; throws a FieldProblem when the text is no such value. */
  read(): FieldValue;
  write(value: FieldValue): void;
  problem(text: string | null): void;
}

export class FieldProblem extends Error {
  override name = 'FieldProblem';
  constructor(
    readonly field: string,
    readonly expected: string,
  ) {
    super(`${field}: ${expected}`);
  }
}

export interface Choice {
  value: string;
  label: string;
}

export type FieldSpec =
  | { type: 'text' | 'email' | 'tel' | 'url' | 'date'; required?: boolean }
  | { type: 'textarea' }
  | { type: 'int' | 'float'; expected: string }
  | { type: 'select'; choices: readonly Choice[]; none?: string }
  | { type: 'multi'; choices: readonly Choice[]; hint: string };

function controlFor(id: string, spec: FieldSpec): Field['control'] {
  switch (spec.type) {
    case 'textarea':
      return h('textarea', { id, rows: 3 });
    case 'int':
    case 'float':
      // Text, not type=number: the browser would empty a malformed number instead of showing it.
      return h('input', { id, type: 'text', inputmode: spec.type === 'int' ? 'numeric' : 'decimal', autocomplete: 'off' });
    case 'select':
      return h(
        'select',
        { id },
        spec.none === undefined ? null : h('option', { value: '' }, spec.none),
        ...spec.choices.map((c) => h('option', { value: c.value }, c.label)),
      );
    case 'multi':
      return h('select', { id, multiple: true, size: 6 }, ...spec.choices.map((c) => h('option', { value: c.value }, c.label)));
    default:
      return h('input', { id, type: spec.type, autocomplete: 'off', required: spec.required === true });
  }
}

function parseNumber(text: string, int: boolean): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (t === '') return null;
  // German decimals with a comma are read too; thousands separators are not guessed.
  const n = Number(int ? t : t.replace(',', '.'));
  return Number.isFinite(n) && (!int || Number.isInteger(n)) ? n : Number.NaN;
}

export function makeField(prefix: string, name: string, label: string, spec: FieldSpec, note?: string): Field {
  const id = `${prefix}-${name}`;
  const control = controlFor(id, spec);
  const error = h('p', { className: 'field-error', id: `${id}-error`, role: 'alert', hidden: true });
  control.setAttribute('aria-describedby', `${id}-error`);
  control.name = name;
  const element = h(
    'div',
    { className: 'field', 'data-field': name },
    h('label', { for: id }, label, note ? h('span', { className: 'note' }, ` (${note})`) : null),
    control,
    spec.type === 'multi' ? h('span', { className: 'hint' }, spec.hint) : null,
    error,
  );
  return {
    name,
    element,
    control,
    read() {
      if (control instanceof HTMLSelectElement && control.multiple) return [...control.selectedOptions].map((o) => o.value);
      const text = control.value.trim();
      if (spec.type === 'int' || spec.type === 'float') {
        const n = parseNumber(text, spec.type === 'int');
        if (Number.isNaN(n)) throw new FieldProblem(name, spec.expected);
        return n;
      }
      return text === '' ? null : text;
    },
    write(value) {
      if (control instanceof HTMLSelectElement && control.multiple) {
        const chosen = new Set(Array.isArray(value) ? value : []);
        for (const o of control.options) o.selected = chosen.has(o.value);
      } else control.value = value === null || Array.isArray(value) ? '' : String(value);
    },
    problem(text) {
      error.textContent = text ?? '';
      error.hidden = text === null;
      if (text === null) control.removeAttribute('aria-invalid');
      else control.setAttribute('aria-invalid', 'true');
    },
  };
}

/** Equal as the API sees them: lists in any order. */
export function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    const x = Array.isArray(a) ? [...a].sort() : [];
    const y = Array.isArray(b) ? [...b].sort() : [];
    return x.length === y.length && x.every((v, i) => v === y[i]);
  }
  return (a ?? null) === (b ?? null);
}
