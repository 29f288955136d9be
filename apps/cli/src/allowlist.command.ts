import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadSettings, systemClock } from '@chokepoint/config';
import { PartyAllowlistStore, StoredAllowlistEntry } from '@chokepoint/persistence';
import { withDatabase } from './database';
import { ALLOWLIST_USAGE } from './usage';

/** What an officer must say to record that a party is not a listed entry. */
const Finding = z.object({
  party: z.string({ error: '--party is required' }).trim().min(1, '--party is required'),
  country: z.string().regex(/^[A-Za-z]{2}$/, '--country is an ISO alpha-2 code').transform((c) => c.toUpperCase()).optional(),
  entry: z.string({ error: '--entry is required' }).regex(/^[a-z-]+:.+$/, '--entry is <list>:<entry-id>, as in the match (ofac-sdn:12345)'),
  by: z.string({ error: '--by names the officer' }).trim().min(1, '--by names the officer'),
  justification: z.string({ error: '--justification is required' }).trim().min(10, '--justification must say why (10 characters or more)'),
  expires: z.string().refine((d) => !Number.isNaN(Date.parse(d)), '--expires is a date (2027-05-31)').optional(),
});

/**
 * `chokepoint allowlist`: officers' findings that a party is not a listed entity it resembles.
 * The screening service reads them within ALLOWLIST_REFRESH_SECONDS; each later decision on the
 * same party and entry clears that match and records the finding.
 */
export async function allowlistCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      party: { type: 'string' }, country: { type: 'string' }, entry: { type: 'string' }, by: { type: 'string' },
      justification: { type: 'string' }, expires: { type: 'string' }, reason: { type: 'string' },
      all: { type: 'boolean', default: false }, json: { type: 'boolean', default: false },
    },
  });
  const settings = loadSettings();
  const now = systemClock.now();
  switch (action) {
    case 'add': {
      const finding = parse(Finding, values);
      const [list, ...entryParts] = finding.entry.split(':');
      const entry = {
        partyName: finding.party, ...(finding.country ? { partyCountry: finding.country } : {}), list, entryId: entryParts.join(':'),
        justification: finding.justification, addedBy: finding.by, addedAt: now.toISOString(),
        ...(finding.expires ? { expiresAt: new Date(finding.expires).toISOString() } : {}),
      };
      if (entry.expiresAt && entry.expiresAt <= entry.addedAt) throw new Error('--expires must be in the future');
      const id = await withDatabase(settings, (db) => new PartyAllowlistStore(db).add(entry));
      process.stdout.write(values.json ? `${JSON.stringify({ id, ...entry })}\n` : `allowlist entry ${id}: "${entry.partyName}" is not ${entry.list}:${entry.entryId}${entry.expiresAt ? ` (until ${entry.expiresAt.slice(0, 10)})` : ''}\n`);
      return 0;
    }
    case 'list': {
      const entries = await withDatabase(settings, (db) => (values.all ? new PartyAllowlistStore(db).history() : new PartyAllowlistStore(db).inForce()));
      process.stdout.write(values.json ? `${JSON.stringify(entries, null, 2)}\n` : describe(entries, now));
      return 0;
    }
    case 'revoke': {
      const [id] = positionals;
      if (!id || !/^\d+$/.test(id) || !values.by?.trim() || !values.reason?.trim()) throw new Error('usage: chokepoint allowlist revoke <id> --by <officer> --reason "<why>"');
      const revoked = await withDatabase(settings, (db) => new PartyAllowlistStore(db).revoke(id, values.by!.trim(), values.reason!.trim(), now));
      if (!revoked) throw new Error(`no allowlist entry ${id} in force`);
      process.stdout.write(`allowlist entry ${id} revoked\n`);
      return 0;
    }
    default:
      throw new Error(`allowlist needs add, list or revoke:\n${ALLOWLIST_USAGE}`);
  }
}

function parse<T>(schema: z.ZodType<T>, values: unknown): T {
  const result = schema.safeParse(values);
  if (!result.success) throw new Error(result.error.issues.map((i) => i.message).join('; '));
  return result.data;
}

function describe(entries: StoredAllowlistEntry[], now: Date): string {
  if (!entries.length) return 'the allowlist is empty\n';
  return `${entries
    .map((e) => {
      const state = e.revokedAt ? `revoked ${e.revokedAt.slice(0, 10)} by ${e.revokedBy}` : e.expiresAt && Date.parse(e.expiresAt) <= now.getTime() ? 'expired' : `in force${e.expiresAt ? ` until ${e.expiresAt.slice(0, 10)}` : ''}`;
      return `${e.id.padStart(5)}  "${e.partyName}"${e.partyCountry ? ` (${e.partyCountry})` : ''} is not ${e.list}:${e.entryId}  [${state}]\n       ${e.addedBy}, ${e.addedAt.slice(0, 10)}: ${e.justification}`;
    })
    .join('\n')}\n`;
}
