import { parseArgs } from 'node:util';
import { loadSettings } from '@chokepoint/config';
import { OutboxStore, ParkedMessage } from '@chokepoint/persistence';
import { withDatabase } from './database';
import { OUTBOX_USAGE } from './usage';

/**
 * `chokepoint outbox`: what waits to be published, and the decisions the broker refused for good
 * (parked, so that the rest flowed on). Once the cause is mended (a topic's ACL, the brokers'
 * message.max.bytes), `resend` puts them back at the end of the outbox.
 */
export async function outboxCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { all: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, limit: { type: 'string' } } });
  const settings = loadSettings();
  switch (action) {
    case 'status': {
      const backlog = await withDatabase(settings, (db) => new OutboxStore(db).backlog());
      process.stdout.write(values.json ? `${JSON.stringify(backlog)}\n` : `${backlog.pending} waiting to be published${backlog.oldestPendingAt ? ` (oldest recorded ${backlog.oldestPendingAt.toISOString()})` : ''}; ${backlog.parked} parked\n`);
      return 0;
    }
    case 'list': {
      const limit = Number(values.limit ?? 100);
      if (!Number.isInteger(limit) || limit < 1) throw new Error('--limit is a positive whole number');
      const parked = await withDatabase(settings, (db) => new OutboxStore(db).parked(limit));
      process.stdout.write(values.json ? `${JSON.stringify(parked.map(summary), null, 2)}\n` : describe(parked));
      return 0;
    }
    case 'resend': {
      if (!values.all && positionals.length === 0) throw new Error(`usage:\n${OUTBOX_USAGE}`);
      if (positionals.some((id) => !/^\d+$/.test(id))) throw new Error('parked message ids are whole numbers, as `chokepoint outbox list` shows them');
      const moved = await withDatabase(settings, (db) => new OutboxStore(db).resend(values.all ? undefined : positionals));
      process.stdout.write(`${moved} parked message(s) put back in the outbox; a running screening service publishes them\n`);
      return 0;
    }
    default:
      process.stderr.write(`usage:\n${OUTBOX_USAGE}`);
      return 2;
  }
}

/** The decision's identity and the error, without its whole payload. */
function summary(m: ParkedMessage) {
  return { id: m.id, topic: m.topic, key: m.key, bytes: Buffer.byteLength(m.payload), decisionId: decisionIdOf(m.payload), createdAt: m.createdAt, parkedAt: m.parkedAt, error: m.error };
}

function decisionIdOf(payload: string): string | undefined {
  try {
    return (JSON.parse(payload) as { data?: { decisionId?: string } }).data?.decisionId;
  } catch {
    return undefined;
  }
}

function describe(parked: ParkedMessage[]): string {
  if (parked.length === 0) return 'no parked messages\n';
  return parked.map((m) => `${m.id}  ${m.topic}  ${m.key}  parked ${m.parkedAt.toISOString()}: ${m.error}\n`).join('');
}
