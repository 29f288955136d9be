import type { Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { kafkaErrorOfType } from './kafka';

export interface OutgoingMessage {
  id: string;
  topic: string;
  key: string;
  payload: string;
  headers: Record<string, string>;
}

/** What became of one round's messages (see OutboxStore). */
export interface PublishOutcome {
  published: string[];
  refused: { id: string; error: string }[];
  failure?: unknown;
}

/** Where the relay takes pending messages from: the outbox table (see OutboxStore). */
export interface PendingMessages {
  publishPending(limit: number, publish: (messages: OutgoingMessage[]) => Promise<PublishOutcome>): Promise<{ selected: number; published: number; parked: number; failure?: unknown }>;
}

/**
 * The broker's answers that no retry will change for this message: it is parked, and the rest
 * flows on. Anything else (broker away, partition leadership moving, timeouts) is retried with backoff.
 */
const REFUSED_FOR_GOOD = new Set(['MESSAGE_TOO_LARGE', 'RECORD_LIST_TOO_LARGE', 'INVALID_RECORD', 'INVALID_TOPIC_EXCEPTION', 'TOPIC_AUTHORIZATION_FAILED', 'POLICY_VIOLATION', 'INVALID_TIMESTAMP']);

/**
 * Moves decisions from the outbox to Kafka. Woken by the pipeline after each committed batch,
 * and polling as a fallback (messages left by a crashed instance, or recorded by another one).
 * A message is deleted only after Kafka acknowledged it: delivery is at least once.
 */
export class OutboxRelay {
  private running = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;
  private woken = false;

  constructor(
    private readonly pending: PendingMessages,
    private readonly producer: Producer,
    private readonly options: { batchSize: number; pollMs: number; maxMessageBytes: number },
    private readonly logger: Logger,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** New messages were recorded: publish them now rather than at the next poll. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Stops after publishing what is pending. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake();
    await this.loop;
    await this.drain();
  }

  /** Publishes until the outbox is empty (or another instance holds it); returns how many were published; throws if the broker is away. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const round = await this.pending.publishPending(this.options.batchSize, (messages) => this.publish(messages));
      total += round.published;
      if (round.parked) this.logger.error({ parked: round.parked }, 'decisions refused for good by the broker were parked; `chokepoint outbox list` shows them');
      if (round.failure !== undefined) throw round.failure;
      if (round.selected < this.options.batchSize) return total;
    }
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      this.woken = false;
      try {
        await this.drain();
        failures = 0;
      } catch (error) {
        failures += 1;
        this.logger.error({ err: error, failures }, 'publishing decisions from the outbox failed; will retry');
      }
      if (this.running && !this.woken) await this.idle(failures ? Math.min(30_000, this.options.pollMs * 2 ** failures) : this.options.pollMs);
    }
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
      function done() {
        clearTimeout(timer);
        resolve();
      }
    });
  }

  /**
   * Sends the round in one request. If the broker refuses it for good, the messages are sent one
   * at a time, in order, to find which: those are refused, the rest published. A message larger
   * than the brokers take is refused without being sent.
   */
  private async publish(messages: OutgoingMessage[]): Promise<PublishOutcome> {
    const tooLarge = messages.filter((m) => bytesOf(m) > this.options.maxMessageBytes);
    const sendable = messages.filter((m) => !tooLarge.includes(m));
    const refused = tooLarge.map((m) => ({ id: m.id, error: `MESSAGE_TOO_LARGE: ${bytesOf(m)} bytes, more than OUTBOX_MAX_MESSAGE_BYTES (${this.options.maxMessageBytes})` }));
    try {
      await this.send(sendable);
      return { published: sendable.map((m) => m.id), refused };
    } catch (error) {
      if (!refusedForGood(error)) return { published: [], refused, failure: error };
    }
    const published: string[] = [];
    for (const message of sendable) {
      try {
        await this.send([message]);
        published.push(message.id);
      } catch (error) {
        if (!refusedForGood(error)) return { published, refused, failure: error };
        refused.push({ id: message.id, error: describe(error) });
      }
    }
    return { published, refused };
  }

  private async send(messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const m of messages) {
      const list = byTopic.get(m.topic) ?? [];
      list.push(m);
      byTopic.set(m.topic, list);
    }
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, list]) => ({
        topic,
        messages: list.map((m) => ({ key: m.key, value: m.payload, headers: m.headers })),
      })),
    });
  }
}

function bytesOf(message: OutgoingMessage): number {
  let bytes = Buffer.byteLength(message.payload) + Buffer.byteLength(message.key);
  for (const [name, value] of Object.entries(message.headers)) bytes += Buffer.byteLength(name) + Buffer.byteLength(value);
  return bytes;
}

function refusedForGood(error: unknown): boolean {
  return kafkaErrorOfType(error, REFUSED_FOR_GOOD) !== undefined;
}

function describe(error: unknown): string {
  const e = error as { type?: string; cause?: { type?: string }; message?: string };
  return `${e.type ?? e.cause?.type ?? 'REFUSED'}: ${e.message ?? String(error)}`.slice(0, 1000);
}
