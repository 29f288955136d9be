import type { LoggerService } from '@nestjs/common';
import type { Logger } from '@chokepoint/config';

/** Nest's own messages through the same pino logger as everything else. */
export function nestLogger(logger: Logger): LoggerService {
  const nest = logger.child({ component: 'nest' });
  return {
    log: (message, context) => nest.debug({ context }, String(message)),
    error: (message, trace, context) => nest.error({ context, trace }, String(message)),
    warn: (message, context) => nest.warn({ context }, String(message)),
    debug: (message, context) => nest.debug({ context }, String(message)),
    verbose: (message, context) => nest.trace({ context }, String(message)),
    fatal: (message, context) => nest.fatal({ context }, String(message)),
  };
}
