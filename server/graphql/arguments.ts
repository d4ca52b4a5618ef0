// Argument checks shared by the custom resolvers: each names the argument, the value and what
// is allowed, as a BAD_USER_INPUT GraphQL error.
import { badInput } from '../errors.ts';

export function intInRange(argument: string, value: number | null | undefined, min: number, max: number): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(argument, `must be a whole number from ${min} to ${max}, got ${value}.`, value);
  }
  return value;
}

export function oneOf(argument: string, values: readonly string[] | null | undefined, allowed: readonly string[]): string[] | null {
  if (values === null || values === undefined) return null;
  for (const v of values) {
    if (!allowed.includes(v)) throw badInput(argument, `"${v}" is not one of ${allowed.join(', ')}.`, v);
  }
  return [...values];
}

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export function ids(argument: string, values: readonly string[] | null | undefined): string[] | null {
  if (values === null || values === undefined) return null;
  for (const v of values) {
    if (!idPattern.test(v)) throw badInput(argument, `"${v}" is not an id (letters, digits, . _ -, at most 100).`, v);
  }
  return [...values];
}

export function text(argument: string, value: string, min: number, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length < min || trimmed.length > max) {
    throw badInput(argument, `must have ${min} to ${max} characters, got ${trimmed.length}.`, value);
  }
  return trimmed;
}
