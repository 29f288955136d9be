import { z } from 'zod';

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const flag = z.enum(['auto', 'on', 'off']);
/** `<format>:<path-or-url>,…`; URLs keep their own colons, so split only on commas. */
const listSources = z
  .string()
  .transform((raw) => raw.split(',').map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^(ofac-sdn|ofac-consolidated|un-xml|bis-dpl):.+/, '<format>:<path-or-url> with format ofac-sdn, ofac-consolidated, un-xml or bis-dpl')));

/**
 * Every setting of Chokepoint, read from the environment, with its default.
 * This is the one list: the README's settings table mirrors it (a test checks that).
 */
export const SETTINGS_SCHEMA = z.object({
  KAFKA_BROKERS: z.string().default('').describe('Comma-separated Kafka bootstrap servers. Unset: start the embedded broker.'),
  KAFKA_CLIENT_ID: z.string().min(1).default('chokepoint').describe('Kafka client id prefix.'),
  KAFKA_GROUP_ID: z.string().min(1).default('chokepoint-screening').describe('Consumer group shared by all screening instances.'),
  KAFKA_FETCH_MAX_WAIT_MS: count(250).describe('Longest a fetch waits for new records; bounds idle latency.'),
  KAFKA_SESSION_TIMEOUT_MS: count(30000).describe('Consumer group session timeout.'),
  TOPIC_DECLARATIONS: z.string().min(1).default('customs.declarations.v1').describe('Input topic of declaration events.'),
  TOPIC_DEAD_LETTER: z.string().min(1).default('customs.declarations.dlq.v1').describe('Dead-letter topic for records that fail the contract.'),
  TOPIC_HOLDS: z.string().min(1).default('screening.holds.v1').describe('Output topic of HOLD decisions.'),
  TOPIC_CLEARANCES: z.string().min(1).default('screening.clearances.v1').describe('Output topic of CLEAR decisions and releases.'),
  DATABASE_URL: z.string().default('').describe('PostgreSQL connection URL. Unset: start the embedded PostgreSQL (PGlite).'),
  DATABASE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]*$/).default('public').describe('Schema holding Chokepoint tables.'),
  DATABASE_POOL_SIZE: count(10).describe('PostgreSQL connections per instance (the embedded database uses 1).'),
  EMBEDDED_DATA_DIR: z.string().min(1).default('.chokepoint').describe('Folder of the embedded database; survives restarts.'),
  BATCH_MAX_RECORDS: count(500).describe('Most records screened and written in one transaction.'),
  MAX_RECORD_BYTES: count(1048576).describe('Larger declaration records go to the dead-letter topic as OVERSIZE.'),
  MAX_EVENT_TIME_SKEW_SECONDS: count(86400).describe('A declaration dated further ahead of the clock goes to the dead-letter topic as FUTURE_EVENT_TIME.'),
  OUTBOX_BATCH_SIZE: count(500).describe('Most decisions published per outbox round.'),
  OUTBOX_POLL_MS: count(500).describe('Outbox polling interval when no batch has signalled new decisions.'),
  OUTBOX_MAX_MESSAGE_BYTES: count(1048576).describe('Largest decision the outbox sends (the brokers\' message.max.bytes); a larger one is parked, not sent, and the rest flows on.'),
  RULE_SET_FILE: z.string().default('').describe('Rule set (YAML or JSON) activated at start when the database has none active. Unset: the shipped libs/detection/rule-sets/default.yaml.'),
  REFERENCE_DATA_DIR: z.string().min(1).default('../shared/data').describe('Folder the rule set\'s table files (the CHPL) are read from, when their paths are relative.'),
  RULE_SET_REFRESH_SECONDS: count(30).describe('Check the database for a newly activated rule set this often; SIGHUP checks at once.'),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464).describe('Port of the Prometheus /metrics, the liveness probe /health and the readiness probe /ready; 0 turns it off.'),
  READY_MAX_OUTBOX_AGE_SECONDS: count(60).describe('/ready fails when the oldest decision in the outbox has waited longer than this to be published.'),
  SANCTIONS_LISTS: listSources.default([]).describe('Party lists screened against, `<format>:<path-or-url>`, comma-separated (formats: ofac-sdn, ofac-consolidated, un-xml, bis-dpl). Unset: the embedded default uses ../shared/data when present.'),
  SANCTIONS_RELOAD_MINUTES: count(60).describe('Reload the party lists this often, without pausing screening; SIGHUP reloads at once.'),
  ALLOWLIST_REFRESH_SECONDS: count(30).describe('Read the screening allowlist (officers\' findings that a party is not a listed entity) from the database this often.'),
  PARTY_NAME_DICTIONARIES: z.enum(['on', 'off']).default('on').describe('Load the name dictionaries (ENAMDICT, CC BY-SA 4.0) that read Japanese names written in kanji; about 3 s and 30 MB at start. Off: Japanese kanji names read by common surnames only.'),
  PARTY_MATCH_THRESHOLD: z.coerce.number().min(0.5).max(1).default(0.8).describe('Party-name match score (0.5-1) from which a party is reported as a listed entity; see BENCHMARKS.md for the curve.'),
  DECISION_SOURCE: z.string().min(1).default('urn:chokepoint:screening').describe('CloudEvents source of published decisions.'),
  DEMO_FEED: flag.default('auto').describe('Publish sample declarations: auto = only when the embedded broker runs.'),
  DEMO_FEED_PER_SECOND: count(5).describe('Sample declarations per second of the demo feed.'),
  CONSOLE_PORT: z.coerce.number().int().min(0).max(65535).default(8080).describe('Port of the officers\' console (web page and API); 0 turns it off.'),
  CONSOLE_HOST: z.string().min(1).default('127.0.0.1').describe('Address the console listens on.'),
  CONSOLE_TOKEN_SECRET: z.string().default('').describe('Secret (32+ characters) signing the console\'s own session tokens for local users. Unset: a random one per start (sessions end on restart).'),
  CONSOLE_SESSION_MINUTES: count(480).describe('Lifetime of a console session token of a local user.'),
  CONSOLE_JWT_ISSUER: z.string().default('').describe('Issuer (iss) of bearer tokens from your identity provider. Unset: only local users sign in.'),
  CONSOLE_JWT_AUDIENCE: z.string().default('').describe('Audience (aud) those tokens must carry; unset: not checked.'),
  CONSOLE_JWT_JWKS_URL: z.string().default('').describe('JWKS URL of the identity provider\'s signing keys.'),
  CONSOLE_JWT_PUBLIC_KEY: z.string().default('').describe('Or a PEM public key (SPKI) of the identity provider, when it publishes no JWKS.'),
  CONSOLE_JWT_ROLES_CLAIM: z.string().min(1).default('roles').describe('Claim listing the console roles (viewer, officer, supervisor) in those tokens.'),
  CONSOLE_FEED_POLL_MS: count(1000).describe('How often the console looks for new holds and changes to push to its live feed.'),
  SHUTDOWN_TIMEOUT_SECONDS: count(30).describe('On SIGTERM or Ctrl-C: the longest the service takes to commit the batch in hand, publish the outbox and exit 0; past it, it exits 1 and the rest is re-delivered.'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('pino log level.'),
});

export type RawSettings = z.infer<typeof SETTINGS_SCHEMA>;

export interface Settings {
  kafka: {
    brokers: string[];
    clientId: string;
    groupId: string;
    fetchMaxWaitMs: number;
    sessionTimeoutMs: number;
  };
  topics: { declarations: string; deadLetter: string; holds: string; clearances: string };
  database: { url: string | undefined; schema: string; poolSize: number };
  embeddedDataDir: string;
  screening: {
    batchMaxRecords: number;
    maxRecordBytes: number;
    maxEventTimeSkewSeconds: number;
    decisionSource: string;
  };
  ruleSets: { file: string | undefined; referenceDataDir: string; refreshSeconds: number };
  metrics: { port: number };
  health: { maxOutboxAgeSeconds: number };
  partyScreening: { lists: string[]; reloadMinutes: number; threshold: number; allowlistRefreshSeconds: number; nameDictionaries: boolean };
  outbox: { batchSize: number; pollMs: number; maxMessageBytes: number };
  demoFeed: { mode: 'auto' | 'on' | 'off'; perSecond: number };
  console: ConsoleSettings;
  shutdownTimeoutSeconds: number;
  logLevel: RawSettings['LOG_LEVEL'];
}

export interface ConsoleSettings {
  port: number;
  host: string;
  tokenSecret: string | undefined;
  sessionMinutes: number;
  identityProvider: { issuer: string; audience: string | undefined; jwksUrl: string | undefined; publicKey: string | undefined; rolesClaim: string } | undefined;
  feedPollMs: number;
}

export class SettingsError extends Error {}

/** Reads and validates the settings once, at start-up; an invalid value stops the process with its name. */
export function loadSettings(env: Record<string, string | undefined> = process.env): Settings {
  const known = Object.fromEntries(Object.keys(SETTINGS_SCHEMA.shape).map((k) => [k, blankToUndefined(env[k])]));
  const parsed = SETTINGS_SCHEMA.safeParse(known);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new SettingsError(`invalid settings: ${problems}`);
  }
  return shape(parsed.data);
}

function shape(raw: RawSettings): Settings {
  return {
    kafka: {
      brokers: raw.KAFKA_BROKERS.split(',').map((b) => b.trim()).filter(Boolean),
      clientId: raw.KAFKA_CLIENT_ID,
      groupId: raw.KAFKA_GROUP_ID,
      fetchMaxWaitMs: raw.KAFKA_FETCH_MAX_WAIT_MS,
      sessionTimeoutMs: raw.KAFKA_SESSION_TIMEOUT_MS,
    },
    topics: {
      declarations: raw.TOPIC_DECLARATIONS,
      deadLetter: raw.TOPIC_DEAD_LETTER,
      holds: raw.TOPIC_HOLDS,
      clearances: raw.TOPIC_CLEARANCES,
    },
    database: { url: raw.DATABASE_URL || undefined, schema: raw.DATABASE_SCHEMA, poolSize: raw.DATABASE_POOL_SIZE },
    embeddedDataDir: raw.EMBEDDED_DATA_DIR,
    screening: {
      batchMaxRecords: raw.BATCH_MAX_RECORDS,
      maxRecordBytes: raw.MAX_RECORD_BYTES,
      maxEventTimeSkewSeconds: raw.MAX_EVENT_TIME_SKEW_SECONDS,
      decisionSource: raw.DECISION_SOURCE,
    },
    ruleSets: { file: raw.RULE_SET_FILE || undefined, referenceDataDir: raw.REFERENCE_DATA_DIR, refreshSeconds: raw.RULE_SET_REFRESH_SECONDS },
    metrics: { port: raw.METRICS_PORT },
    health: { maxOutboxAgeSeconds: raw.READY_MAX_OUTBOX_AGE_SECONDS },
    partyScreening: { lists: raw.SANCTIONS_LISTS, reloadMinutes: raw.SANCTIONS_RELOAD_MINUTES, threshold: raw.PARTY_MATCH_THRESHOLD, allowlistRefreshSeconds: raw.ALLOWLIST_REFRESH_SECONDS, nameDictionaries: raw.PARTY_NAME_DICTIONARIES === 'on' },
    outbox: { batchSize: raw.OUTBOX_BATCH_SIZE, pollMs: raw.OUTBOX_POLL_MS, maxMessageBytes: raw.OUTBOX_MAX_MESSAGE_BYTES },
    demoFeed: { mode: raw.DEMO_FEED, perSecond: raw.DEMO_FEED_PER_SECOND },
    console: consoleSettings(raw),
    shutdownTimeoutSeconds: raw.SHUTDOWN_TIMEOUT_SECONDS,
    logLevel: raw.LOG_LEVEL,
  };
}

function consoleSettings(raw: RawSettings): ConsoleSettings {
  if (raw.CONSOLE_TOKEN_SECRET && raw.CONSOLE_TOKEN_SECRET.length < 32) throw new SettingsError('invalid settings: CONSOLE_TOKEN_SECRET: at least 32 characters');
  if (raw.CONSOLE_JWT_ISSUER && !raw.CONSOLE_JWT_JWKS_URL && !raw.CONSOLE_JWT_PUBLIC_KEY) throw new SettingsError('invalid settings: CONSOLE_JWT_ISSUER needs CONSOLE_JWT_JWKS_URL or CONSOLE_JWT_PUBLIC_KEY');
  return {
    port: raw.CONSOLE_PORT,
    host: raw.CONSOLE_HOST,
    tokenSecret: raw.CONSOLE_TOKEN_SECRET || undefined,
    sessionMinutes: raw.CONSOLE_SESSION_MINUTES,
    identityProvider: raw.CONSOLE_JWT_ISSUER
      ? { issuer: raw.CONSOLE_JWT_ISSUER, audience: raw.CONSOLE_JWT_AUDIENCE || undefined, jwksUrl: raw.CONSOLE_JWT_JWKS_URL || undefined, publicKey: raw.CONSOLE_JWT_PUBLIC_KEY || undefined, rolesClaim: raw.CONSOLE_JWT_ROLES_CLAIM }
      : undefined,
    feedPollMs: raw.CONSOLE_FEED_POLL_MS,
  };
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
