import type { Consumer, Kafka } from 'kafkajs';
import type { Logger } from '@chokepoint/config';
import { DecisionEvent } from '@chokepoint/contracts';

/** Shows each decision as it is published, one line each, for a person watching `npm start`. */
export async function printDecisions(kafka: Kafka, topics: string[], fetchMaxWaitMs: number, logger: Logger): Promise<Consumer> {
  const consumer = kafka.consumer({ groupId: `chokepoint-demo-printer-${process.pid}`, maxWaitTimeInMs: fetchMaxWaitMs });
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: false });
  const out = logger.child({ component: 'decisions' });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const { data } = JSON.parse(message.value!.toString()) as DecisionEvent;
      const why = data.hits.map((h) => h.message).join(' ');
      out.info(
        { declarationId: data.declarationId, revision: data.revision, lane: data.lane, riskScore: data.riskScore },
        `${data.outcome} ${data.lane.padEnd(6)} ${data.declarationId} rev ${data.revision}${why ? ` — ${why}` : ''}`,
      );
    },
  });
  return consumer;
}
