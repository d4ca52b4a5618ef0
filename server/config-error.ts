// A setting that cannot be used; main.ts prints its message alone, without a stack.
export class ConfigError extends Error {
  override name = 'ConfigError';
}
