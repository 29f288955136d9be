import pino, { Logger } from 'pino';

/** JSON logs for machines; pretty lines when a person watches a terminal. */
export function createLogger(level: string, name = 'chokepoint'): Logger {
  const pretty = process.stdout.isTTY && process.env.LOG_FORMAT !== 'json';
  return pino({
    name,
    level,
    transport: pretty ? { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } } : undefined,
  });
}

export type { Logger };
