// OpenID Connect sign-in (openid-client v6): GET /auth/oidc/login sends the browser to the
// provider (authorization code with PKCE, state and nonce); GET /auth/oidc/callback checks the
// answer, creates or updates the user (by issuer and subject) and starts a normal session.
import { Router, type Request, type Response } from 'express';
import * as client from 'openid-client';
import type { Database } from '../../db.ts';
import { ErrorCode } from '../../errors.ts';
import { sendError } from '../../http/errors.ts';
import type { Logger } from '../../log.ts';
import { upsertOidcUser } from '../accounts.ts';
import type { AuthConfig, OidcConfig } from '../config.ts';
import { clearCookie, cookieValue, setCookie } from '../cookies.ts';
import { startSession } from '../routes.ts';
import { identityFrom, organizationFrom, providerRoles, roleFrom } from './claims.ts';

const flowCookie = 'ce_oidc';
const flowSeconds = 600;

interface Pending {
  verifier: string;
  nonce: string;
  expiresAt: number;
}

// Plain http only to a provider on this machine (tests, a local Keycloak); anything else is https.
function loopback(url: URL): boolean {
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** Discovery once, on first use, and again after a failure (the provider may start after us). */
function discovered(oidc: OidcConfig): () => Promise<client.Configuration> {
  let pending: Promise<client.Configuration> | null = null;
  return () => {
    pending ??= client
      .discovery(
        oidc.issuer,
        oidc.clientId,
        oidc.clientSecret,
        undefined,
        loopback(oidc.issuer) ? { execute: [client.allowInsecureRequests] } : {},
      )
      .catch((err: unknown) => {
        pending = null;
        throw err;
      });
    return pending;
  };
}

export function oidcRoutes(db: Database, auth: AuthConfig, oidc: OidcConfig, log: Logger): Router {
  const router = Router();
  const configuration = discovered(oidc);
  // The flows under way, by state; the browser holds its state in an HttpOnly cookie, so a
  // callback that another site started (login CSRF) finds no flow of this browser.
  const flows = new Map<string, Pending>();

  router.get('/auth/oidc/login', async (req, res, next) => {
    try {
      const config = await configuration();
      const now = Date.now();
      for (const [k, f] of flows) if (f.expiresAt < now) flows.delete(k);
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      flows.set(state, { verifier, nonce, expiresAt: now + flowSeconds * 1000 });
      setCookie(req, res, flowCookie, state, flowSeconds);
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: oidc.redirectUri.href,
        scope: 'openid profile email',
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      res.redirect(303, url.href);
    } catch (err) {
      next(err);
    }
  });

  router.get('/auth/oidc/callback', async (req: Request, res: Response, next) => {
    try {
      const state = cookieValue(req, flowCookie);
      const flow = state ? flows.get(state) : undefined;
      clearCookie(req, res, flowCookie);
      if (!state || !flow || flow.expiresAt < Date.now()) {
        sendError(res, 400, ErrorCode.BadRequest, 'This sign-in is unknown or took too long: start again at /auth/oidc/login.');
        return;
      }
      flows.delete(state);
      const config = await configuration();
      // The URL the provider sent the browser to, as configured (behind a proxy req's host may differ).
      const current = new URL(oidc.redirectUri.href);
      current.search = new URL(req.originalUrl, oidc.redirectUri).search;
      let claims: Record<string, unknown>;
      let accessToken: string;
      try {
        const tokens = await client.authorizationCodeGrant(config, current, {
          pkceCodeVerifier: flow.verifier,
          expectedState: state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        });
        claims = { ...(tokens.claims() ?? {}) };
        accessToken = tokens.access_token;
      } catch (err) {
        log.warn('OpenID Connect sign-in refused', { reason: err instanceof Error ? err.message : String(err) });
        sendError(res, 401, ErrorCode.Unauthenticated, 'The identity provider did not confirm the sign-in: start again.');
        return;
      }
      const subject = String(claims.sub);
      // Many providers put roles only in the userinfo answer (or only with a mapper in the ID token).
      if (providerRoles(claims, oidc.rolesClaim).length === 0 && config.serverMetadata().userinfo_endpoint) {
        const info = await client.fetchUserInfo(config, accessToken, subject).catch(() => null);
        if (info) claims = { ...claims, ...info };
      }
      const decision = roleFrom(claims, oidc);
      if (decision.kind === 'none') {
        sendError(
          res,
          403,
          ErrorCode.Forbidden,
          `Your account has no role for Cluster Explorer: the claim "${decision.claim}" holds [${decision.found.join(', ')}], and only ${decision.expected.join(', ')} give access (OIDC_ROLES_CLAIM, OIDC_ROLE_MAP).`,
        );
        return;
      }
      const user = await upsertOidcUser(db, {
        issuer: config.serverMetadata().issuer,
        subject,
        ...identityFrom(claims, subject),
        role: decision.role,
        organizationId: organizationFrom(claims, oidc.organizationClaim),
      });
      if (user.disabled) {
        sendError(res, 403, ErrorCode.Forbidden, 'This account is disabled here; ask an admin of Cluster Explorer.');
        return;
      }
      await startSession(db, auth, req, res, user, 'oidc');
      res.redirect(303, '/');
    } catch (err) {
      next(err);
    }
  });
  return router;
}
