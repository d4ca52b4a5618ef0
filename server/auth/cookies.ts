// The session cookie: HttpOnly (scripts cannot read it), SameSite=Lax (not sent on cross-site
// POSTs; top-level links still sign in), Path=/, Secure when the request came over https (behind
// a proxy, express's trust proxy says so).
import type { Request, Response } from 'express';

export const sessionCookie = 'ce_session';

/** One cookie's value from the Cookie header, or null. */
export function cookieValue(req: Request, name: string): string | null {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      const value = part.slice(at + 1).trim();
      return value === '' ? null : value;
    }
  }
  return null;
}

export function setCookie(req: Request, res: Response, name: string, value: string, maxAgeSeconds: number): void {
  res.cookie(name, value, { httpOnly: true, sameSite: 'lax', path: '/', secure: req.secure, maxAge: maxAgeSeconds * 1000 });
}

export function clearCookie(req: Request, res: Response, name: string): void {
  res.clearCookie(name, { httpOnly: true, sameSite: 'lax', path: '/', secure: req.secure });
}
