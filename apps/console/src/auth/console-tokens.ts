import { randomBytes } from 'node:crypto';
import { createRemoteJWKSet, decodeJwt, importSPKI, JWTPayload, jwtVerify, KeyLike, SignJWT } from 'jose';
import type { ConsoleSettings } from '@chokepoint/config';
import { CONSOLE_ROLES, ConsoleRole, Officer } from '@chokepoint/detection';

const LOCAL_ISSUER = 'urn:chokepoint:console';
const LOCAL_AUDIENCE = 'chokepoint-console';

export class TokenRefused extends Error {}

/**
 * Bearer tokens the console accepts: its own session tokens for local users (HS256 under the
 * configured or a per-start secret), and tokens of the site's identity provider (its issuer,
 * its keys from JWKS or a PEM key, roles from a configured claim).
 */
export class ConsoleTokens {
  private readonly secret: Uint8Array;
  private readonly provider?: { issuer: string; rolesClaim: string; verify: (token: string, currentDate: Date) => Promise<JWTPayload> };

  private constructor(private readonly settings: ConsoleSettings, provider?: ConsoleTokens['provider']) {
    this.secret = settings.tokenSecret ? new TextEncoder().encode(settings.tokenSecret) : randomBytes(32);
    this.provider = provider;
  }

  static async create(settings: ConsoleSettings): Promise<ConsoleTokens> {
    const idp = settings.identityProvider;
    if (!idp) return new ConsoleTokens(settings);
    const options = (currentDate: Date) => ({ issuer: idp.issuer, ...(idp.audience ? { audience: idp.audience } : {}), currentDate });
    let verify: (token: string, currentDate: Date) => Promise<JWTPayload>;
    if (idp.jwksUrl) {
      const keys = createRemoteJWKSet(new URL(idp.jwksUrl));
      verify = async (token, currentDate) => (await jwtVerify(token, keys, options(currentDate))).payload;
    } else {
      const key: KeyLike = await importSPKI(idp.publicKey!, 'RS256');
      verify = async (token, currentDate) => (await jwtVerify(token, key, { ...options(currentDate), algorithms: ['RS256'] })).payload;
    }
    return new ConsoleTokens(settings, { issuer: idp.issuer, rolesClaim: idp.rolesClaim, verify });
  }

  /** A session token for a local user who has just signed in. */
  async issue(officer: Officer, now: Date): Promise<{ token: string; expiresAt: string }> {
    const expires = new Date(now.getTime() + this.settings.sessionMinutes * 60_000);
    const token = await new SignJWT({ roles: [officer.role] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setSubject(officer.username)
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .setExpirationTime(Math.floor(expires.getTime() / 1000))
      .sign(this.secret);
    return { token, expiresAt: expires.toISOString() };
  }

  /**
   * The officer a token names, with the highest console role it grants, and whether the console
   * issued it (a local user, whom the caller checks is still enabled); TokenRefused otherwise.
   */
  async verify(token: string, now: Date): Promise<{ officer: Officer; local: boolean }> {
    const currentDate = now;
    const issuer = peekIssuer(token);
    let payload: JWTPayload;
    let rolesClaim = 'roles';
    try {
      if (issuer === LOCAL_ISSUER) {
        ({ payload } = await jwtVerify(token, this.secret, { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE, algorithms: ['HS256'], currentDate }));
      } else if (this.provider && issuer === this.provider.issuer) {
        payload = await this.provider.verify(token, currentDate);
        rolesClaim = this.provider.rolesClaim;
      } else {
        throw new TokenRefused('unknown token issuer');
      }
    } catch (error) {
      throw error instanceof TokenRefused ? error : new TokenRefused((error as Error).message);
    }
    const role = highestRole(payload[rolesClaim]);
    if (!payload.sub || !role) throw new TokenRefused('the token names no user or no console role');
    return { officer: { username: payload.sub, role }, local: issuer === LOCAL_ISSUER };
  }
}

/** The issuer a token claims, read before verifying it, to choose the key that must verify it. */
function peekIssuer(token: string): string | undefined {
  try {
    return decodeJwt(token).iss;
  } catch {
    return undefined;
  }
}

function highestRole(claim: unknown): ConsoleRole | undefined {
  const granted = (Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[ ,]+/) : []).map(String);
  return [...CONSOLE_ROLES].reverse().find((role) => granted.includes(role));
}
