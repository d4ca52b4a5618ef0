// One line per event: a time, a level, a message and key=value fields. Stacks only at debug
// level, so a client that provokes internal errors cannot fill the disk with them.
import type { LogLevel } from './config.ts';

export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  readonly level: LogLevel;
  error(message: string, fields?: LogFields, err?: unknown): void;
  warn(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
}

const rank: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 };

// Values are quoted when they hold spaces or quotes, and newlines never break the line.
function field(key: string, value: string | number | boolean | null): string {
  const text = String(value).replace(/[\r\n]+/g, ' ');
  return `${key}=${/[\s"=]/.test(text) ? JSON.stringify(text) : text}`;
}

function errorSummary(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const code = (err as { code?: unknown }).code;
  const cause = err.cause instanceof Error ? ` (cause: ${err.cause.name}: ${err.cause.message.split('\n')[0]})` : '';
  return `${err.name}${typeof code === 'string' ? ` ${code}` : ''}: ${err.message.split('\n')[0]}${cause}`;
}

export function createLogger(
  level: LogLevel = 'info',
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  const emit = (at: LogLevel, message: string, fields: LogFields = {}, err?: unknown) => {
    if (rank[at] > rank[level]) return;
    const parts = [new Date().toISOString(), at.toUpperCase(), message.replace(/[\r\n]+/g, ' ')];
    for (const [k, v] of Object.entries(fields)) if (v !== undefined) parts.push(field(k, v));
    if (err !== undefined) parts.push(field('error', errorSummary(err)));
    write(parts.join(' '));
    if (err instanceof Error && err.stack && rank.debug <= rank[level]) write(err.stack);
  };
  return {
    level,
    error: (m, f, e) => emit('error', m, f, e),
    warn: (m, f) => emit('warn', m, f),
    info: (m, f) => emit('info', m, f),
    debug: (m, f) => emit('debug', m, f),
  };
}

/** For tests and tools that want nothing written. */
export const silentLogger: Logger = createLogger('error', () => {});
