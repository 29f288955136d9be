import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { Clock } from '@chokepoint/config';
import { ConsoleRole, hasRole } from '@chokepoint/detection';
import { CLOCK } from '../console-clock';
import { ConsoleTokens, TokenRefused } from './console-tokens';
import { REQUIRED_ROLE } from './roles';

/** Every request: a valid bearer token (401 otherwise) whose role reaches the endpoint's (403 otherwise). */
@Injectable()
export class ConsoleGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: ConsoleTokens,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const required = this.reflector.getAllAndOverride<ConsoleRole | 'anyone' | undefined>(REQUIRED_ROLE, [context.getHandler(), context.getClass()]);
    if (required === 'anyone') return true;
    const request = context.switchToHttp().getRequest<Request & { officer?: unknown }>();
    const token = bearerOf(request);
    if (!token) throw new UnauthorizedException('sign in: no bearer token');
    try {
      const officer = await this.tokens.verify(token, this.clock.now());
      request.officer = officer;
      if (!required || !hasRole(officer, required)) throw new ForbiddenException(`needs the ${required ?? 'undeclared'} role`);
      return true;
    } catch (error) {
      if (error instanceof TokenRefused) throw new UnauthorizedException(`sign in again: ${error.message}`);
      throw error;
    }
  }
}

/** The Authorization header; for the live feed only, also `?access_token=` (EventSource sends no headers). */
function bearerOf(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  const query = request.query.access_token;
  return request.path.endsWith('/feed') && typeof query === 'string' ? query : undefined;
}
