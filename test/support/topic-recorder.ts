import { Consumer, IHeaders, Kafka } from 'kafkajs';

export interface RecordedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

/** Reads output topics from the beginning and keeps what arrives, for assertions. */
export class TopicRecorder {
  readonly messages: RecordedMessage[] = [];
  private consumer?: Consumer;

  constructor(
    private readonly kafka: Kafka,
    private readonly topics: string[],
  ) {}

  async start(groupId: string): Promise<void> {
    this.consumer = this.kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.topics, fromBeginning: true });
    let joined!: () => void;
    const ready = new Promise<void>((resolve) => (joined = resolve));
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => joined());
    await this.consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        this.messages.push({ topic, partition, offset: message.offset, key: message.key?.toString() ?? null, value: message.value, headers: stringHeaders(message.headers) });
      },
    });
    await ready;
  }

  on(topic: string, key?: string): RecordedMessage[] {
    return this.messages.filter((m) => m.topic === topic && (key === undefined || m.key === key));
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

function stringHeaders(headers: IHeaders | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k, String(Array.isArray(v) ? v[0] : v)]));
}

/** Waits until `condition` holds, checking as events arrive; fails with `what` after `timeoutMs`. */
export async function eventually<T>(what: string, condition: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await condition();
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
