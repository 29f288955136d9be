import type { Producer } from 'kafkajs';
import type { Logger } from 'pino';

export interface OutgoingMessage {
  topic: string;
  key: string;
  payload: string;
  headers: Record<string, string>;
}

/** Where the relay takes pending messages from: the outbox table (see OutboxStore). */
export interface PendingMessages {
  publishPending(limit: number, publish: (messages: OutgoingMessage[]) => Promise<void>): Promise<number>;
}

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
    private readonly options: { batchSize: number; pollMs: number },
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

  /** Publishes until the outbox is empty (or another instance holds it). */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const published = await this.pending.publishPending(this.options.batchSize, (messages) => this.publish(messages));
      total += published;
      if (published < this.options.batchSize) return total;
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

  private async publish(messages: OutgoingMessage[]): Promise<void> {
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
