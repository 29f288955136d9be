import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { ConsoleRole, Officer } from '@chokepoint/detection';

export const REQUIRED_ROLE = 'chokepoint:required-role';

/**
 * The least role an endpoint needs (viewer < officer < supervisor). An endpoint without it is
 * refused to everyone: the guard fails closed. `x-required-role` in the OpenAPI description
 * lets the tests check every endpoint for 401 and 403.
 */
export function RequiresRole(role: ConsoleRole | 'anyone') {
  return applyDecorators(
    SetMetadata(REQUIRED_ROLE, role),
    ApiExtension('x-required-role', role),
    ...(role === 'anyone' ? [] : [ApiBearerAuth(), ApiUnauthorizedResponse({ description: 'No valid bearer token.' }), ApiForbiddenResponse({ description: `Needs the ${role} role or higher.` })]),
  );
}

/** The signed-in officer of the request. */
export const SignedIn = createParamDecorator((_: unknown, context: ExecutionContext): Officer => context.switchToHttp().getRequest().officer);
