// What a password must be. Length is what counts (NIST SP 800-63B): no composition rules, and an
// upper bound only so that nobody makes the server hash megabytes.
export const minPasswordLength = 12;
export const maxPasswordLength = 256;

/** Why a new password cannot be used, or null when it can. */
export function passwordProblem(password: string, login: string): string | null {
  if (password.length < minPasswordLength) return `must have at least ${minPasswordLength} characters`;
  if (password.length > maxPasswordLength) return `must have at most ${maxPasswordLength} characters`;
  if (password.toLowerCase().includes(login.toLowerCase())) return 'must not contain the login';
  return null;
}
