import { Kafka, logLevel, LogEntry, Partitioners, Producer } from 'kafkajs';
import type { Logger } from 'pino';

const LEVELS: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** A kafkajs client whose logs go through pino. */
export function createKafka(brokers: string[], clientId: string, logger: Logger): Kafka {
  const kafkaLogger = logger.child({ component: 'kafkajs' });
  return new Kafka({
    clientId,
    brokers,
    // kafkajs INFO is chatty (every join and leave); keep it at debug unless warnings.
    logLevel: logLevel.INFO,
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        const { message, timestamp: _timestamp, logger: _l, ...rest } = log;
        const pinoLevel = level === logLevel.INFO ? 'debug' : (LEVELS[level] ?? 'debug');
        kafkaLogger[pinoLevel](rest, message);
      },
    retry: { initialRetryTime: 100, retries: 8 },
  });
}

/** A producer with the Java-compatible (murmur2) partitioner, so keys land where other clients put them. */
export function createProducer(kafka: Kafka): Producer {
  return kafka.producer({ allowAutoTopicCreation: true, createPartitioner: Partitioners.DefaultPartitioner });
}

/**
 * The broker's error of one of these types inside what kafkajs threw: it wraps the broker's code
 * in a chain of causes (and, per partition, in lists). Undefined when there is none.
 */
export function kafkaErrorOfType(error: unknown, types: ReadonlySet<string>, depth = 0): unknown {
  if (!error || typeof error !== 'object' || depth > 5) return undefined;
  const e = error as { type?: unknown; cause?: unknown; errors?: unknown[] };
  if (typeof e.type === 'string' && types.has(e.type)) return error;
  const inCause = kafkaErrorOfType(e.cause, types, depth + 1);
  if (inCause) return inCause;
  for (const inner of Array.isArray(e.errors) ? e.errors : []) {
    const found = kafkaErrorOfType(inner, types, depth + 1);
    if (found) return found;
  }
  return undefined;
}
