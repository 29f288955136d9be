import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ConsoleRole, hasRole, Officer } from '@chokepoint/detection';
import { ConsoleDeps } from '../console-deps';
import { TokenRefused } from './console-tokens';
import { REQUIRED_ROLE } from './roles';

/** Every request: a valid bearer token (401 otherwise) whose role reaches the endpoint's (403 otherwise). */
@Injectable()
export class ConsoleGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly deps: ConsoleDeps,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const required = this.reflector.getAllAndOverride<ConsoleRole | 'anyone' | undefined>(REQUIRED_ROLE, [context.getHandler(), context.getClass()]);
    if (required === 'anyone') return true;
    const request = context.switchToHttp().getRequest<Request & { officer?: unknown }>();
    const token = bearerOf(request);
    if (!token) throw new UnauthorizedException('sign in: no bearer token');
    try {
      const officer = await this.officerOf(token);
      request.officer = officer;
      if (!required || !hasRole(officer, required)) throw new ForbiddenException(`needs the ${required ?? 'undeclared'} role`);
      return true;
    } catch (error) {
      if (error instanceof TokenRefused) throw new UnauthorizedException(`sign in again: ${error.message}`);
      throw error;
    }
  }

  private async officerOf(token: string): Promise<Officer> {
    const { officer, local } = await this.deps.tokens.verify(token, this.deps.clock.now());
    return local ? checkLocalUser(this.deps, officer) : officer;
  }
}

/**
 * A local user's token holds only while the user is enabled, and carries the role the user has
 * now: disabling or demoting takes effect at the next request, not when the token expires.
 */
async function checkLocalUser(deps: ConsoleDeps, officer: Officer): Promise<Officer> {
  const user = await deps.users.find(officer.username);
  if (!user || user.disabledAt) throw new TokenRefused('the user is disabled');
  return { username: user.username, role: user.role };
}

/** The Authorization header; for the live feed only, also `?access_token=` (EventSource sends no headers). */
function bearerOf(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  const query = request.query.access_token;
  return request.path.endsWith('/feed') && typeof query === 'string' ? query : undefined;
}
