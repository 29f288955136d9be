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
