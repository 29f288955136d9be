import { Producer } from 'kafkajs';
import pino from 'pino';
import { OutboxRelay, OutgoingMessage, PendingMessages, PublishOutcome } from './outbox-relay';
// kafkajs' own error classes, as its producer throws them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { KafkaJSNonRetriableError, KafkaJSProtocolError, KafkaJSNumberOfRetriesExceeded, KafkaJSConnectionError } = require('kafkajs/src/errors');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createErrorFromCode } = require('kafkajs/src/protocol/error');

const refusal = (code: number) => new KafkaJSNonRetriableError(new KafkaJSProtocolError(createErrorFromCode(code)), { cause: new KafkaJSProtocolError(createErrorFromCode(code)) });
const MESSAGE_TOO_LARGE = 10;
const TOPIC_AUTHORIZATION_FAILED = 29;

/** An outbox in memory, handing out what it holds as the table would. */
class OutboxInMemory implements PendingMessages {
  parked: { id: string; error: string }[] = [];
  constructor(public pending: OutgoingMessage[]) {}
  async publishPending(limit: number, publish: (messages: OutgoingMessage[]) => Promise<PublishOutcome>) {
    const round = this.pending.slice(0, limit);
    if (round.length === 0) return { selected: 0, published: 0, parked: 0 };
    const outcome = await publish(round);
    const done = new Set([...outcome.published, ...outcome.refused.map((r) => r.id)]);
    this.pending = this.pending.filter((m) => !done.has(m.id));
    this.parked.push(...outcome.refused);
    return { selected: round.length, published: outcome.published.length, parked: outcome.refused.length, ...(outcome.failure ? { failure: outcome.failure } : {}) };
  }
}

/** A producer that refuses, for good or for now, what `refuse` says, and records what it sent. */
function producer(refuse: (keys: string[]) => Error | undefined) {
  const sent: string[] = [];
  return {
    sent,
    sendBatch: async ({ topicMessages }: { topicMessages: { messages: { key: string }[] }[] }) => {
      const keys = topicMessages.flatMap((t) => t.messages.map((m) => m.key));
      const error = refuse(keys);
      if (error) throw error;
      sent.push(...keys);
    },
  };
}

const message = (id: number, bytes = 100): OutgoingMessage => ({ id: String(id), topic: 'screening.holds.v1', key: `D${id}`, payload: 'x'.repeat(bytes), headers: {} });
const relayOver = (outbox: PendingMessages, kafka: ReturnType<typeof producer>, maxMessageBytes = 10_000) =>
  new OutboxRelay(outbox, kafka as unknown as Producer, { batchSize: 10, pollMs: 10, maxMessageBytes }, pino({ level: 'silent' }));

describe('the outbox relay', () => {
  it('parks a message the broker refuses for good, and publishes the rest in order', async () => {
    const outbox = new OutboxInMemory([1, 2, 3, 4].map((i) => message(i)));
    const kafka = producer((keys) => (keys.includes('D2') ? refusal(TOPIC_AUTHORIZATION_FAILED) : undefined));
    expect(await relayOver(outbox, kafka).drain()).toBe(3);
    expect(kafka.sent).toEqual(['D1', 'D3', 'D4']);
    expect(outbox.parked).toEqual([{ id: '2', error: expect.stringContaining('TOPIC_AUTHORIZATION_FAILED') }]);
    expect(outbox.pending).toEqual([]);
  });

  it('parks a message larger than the brokers take without sending it', async () => {
    const outbox = new OutboxInMemory([message(1), message(2, 5000), message(3)]);
    const kafka = producer((keys) => (keys.includes('D2') ? refusal(MESSAGE_TOO_LARGE) : undefined));
    await relayOver(outbox, kafka, 1000).drain();
    expect(kafka.sent).toEqual(['D1', 'D3']);
    expect(outbox.parked).toEqual([{ id: '2', error: expect.stringMatching(/^MESSAGE_TOO_LARGE: 5002 bytes/) }]);
  });

  it('parks nothing while the broker is away: the round waits, and the error is thrown for the backoff', async () => {
    const outbox = new OutboxInMemory([1, 2].map((i) => message(i)));
    const away = new KafkaJSNumberOfRetriesExceeded(new KafkaJSConnectionError('Connection error: ECONNREFUSED'), { retryCount: 5, retryTime: 1000 });
    const kafka = producer(() => away);
    await expect(relayOver(outbox, kafka).drain()).rejects.toBe(away);
    expect(outbox.parked).toEqual([]);
    expect(outbox.pending.map((m) => m.id)).toEqual(['1', '2']);
  });

  it('stops at a broker gone away while finding the refused message, keeping the rest for the next round', async () => {
    const outbox = new OutboxInMemory([1, 2, 3].map((i) => message(i)));
    let calls = 0;
    const kafka = producer((keys) => {
      calls += 1;
      if (keys.length > 1) return refusal(TOPIC_AUTHORIZATION_FAILED);
      return calls === 3 ? new KafkaJSNumberOfRetriesExceeded(new KafkaJSConnectionError('gone'), { retryCount: 5, retryTime: 1000 }) : undefined;
    });
    await expect(relayOver(outbox, kafka).drain()).rejects.toThrow('gone');
    expect(kafka.sent).toEqual(['D1']);
    expect(outbox.parked).toEqual([]);
    expect(outbox.pending.map((m) => m.id)).toEqual(['2', '3']);
  });
});
