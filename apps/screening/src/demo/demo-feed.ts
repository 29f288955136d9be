import type { Kafka, Producer } from 'kafkajs';
import { createProducer } from '@chokepoint/messaging';
import type { Clock, Logger } from '@chokepoint/config';
import { DeclarationEvent } from '@chokepoint/contracts';
import { declarationEvent, SampleDeclarations, seededRandom } from './sample-declarations';

/**
 * Publishes a stream of sample declarations, as a customs system would: new submissions,
 * now and then an amendment or a withdrawal of an earlier one, and a malformed record
 * to show the dead-letter topic at work.
 */
export class DemoFeed {
  private producer?: Producer;
  private timer?: NodeJS.Timeout;
  private readonly samples: SampleDeclarations;
  private readonly random: () => number;
  private readonly recent: DeclarationEvent[] = [];
  private sent = 0;

  constructor(
    private readonly kafka: Kafka,
    private readonly topic: string,
    private readonly perSecond: number,
    private readonly clock: Clock,
    private readonly logger: Logger,
    seed = 20261123,
  ) {
    this.random = seededRandom(seed);
    this.samples = new SampleDeclarations(this.random);
  }

  async start(): Promise<void> {
    this.producer = createProducer(this.kafka);
    await this.producer.connect();
    this.timer = setInterval(() => this.tick().catch((err) => this.logger.error({ err }, 'demo feed could not publish')), 1000 / this.perSecond);
    this.logger.info({ topic: this.topic, perSecond: this.perSecond }, 'demo feed publishing sample declarations');
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.producer?.disconnect();
  }

  private async tick(): Promise<void> {
    this.sent += 1;
    if (this.sent % 40 === 0) return this.send('NOT-A-DECLARATION', Buffer.from('{"this is": "not a declaration"'));
    const event = this.nextEvent();
    await this.send(event.data.declarationId, Buffer.from(JSON.stringify(event)));
  }

  private nextEvent(): DeclarationEvent {
    const roll = this.random();
    const earlier = this.recent[Math.floor(this.random() * this.recent.length)];
    if (earlier && roll < 0.08) {
      const amended = { ...earlier.data, revision: earlier.data.revision + 1, submittedAt: this.clock.now().toISOString() };
      amended.items = amended.items.filter((i) => !i.controlCode || this.random() < 0.5);
      if (amended.items.length === 0) amended.items = earlier.data.items.slice(0, 1);
      return this.remember(declarationEvent(amended));
    }
    if (earlier && roll < 0.11) return declarationEvent({ ...earlier.data, submittedAt: this.clock.now().toISOString() }, 'customs.export-declaration.withdrawn.v1');
    return this.remember(declarationEvent(this.samples.declaration(this.clock.now())));
  }

  private remember(event: DeclarationEvent): DeclarationEvent {
    this.recent.push(event);
    if (this.recent.length > 50) this.recent.shift();
    return event;
  }

  private async send(key: string, value: Buffer): Promise<void> {
    await this.producer!.send({ topic: this.topic, messages: [{ key, value }] });
  }
}
