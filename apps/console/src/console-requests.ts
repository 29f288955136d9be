import { z } from 'zod';
import { HIT_CATEGORIES } from '@chokepoint/contracts';

const country = z.string().regex(/^[A-Za-z]{2}$/, 'an ISO alpha-2 country code').transform((c) => c.toUpperCase());

/** The queue's query string: every filter optional, lanes comma-separated. */
export const QUEUE_QUERY = z
  .object({
    lane: z.string().optional().transform((v) => (v ? v.split(',').map((l) => l.trim().toUpperCase()) : undefined)).pipe(z.array(z.enum(['GREEN', 'YELLOW', 'RED'])).optional()),
    category: z.enum(HIT_CATEGORIES).optional(),
    rule: z.string().min(1).max(100).optional(),
    destination: country.optional(),
    consigneeCountry: country.optional(),
    hsChapter: z.string().regex(/^\d{2}$/, 'two digits').optional(),
    exporter: z.string().min(1).max(200).optional(),
    minAgeHours: z.coerce.number().min(0).optional(),
    assignee: z.string().min(1).max(64).optional(),
    order: z.enum(['risk', 'age']).default('risk'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
  })
  .strict();

const justification = z.string().trim().min(3, 'say why, in a few words').max(2000);

/** An action on a hold, against the decision the officer was looking at. */
export const ACTION_BODY = z
  .object({
    decisionId: z.string().min(1),
    justification,
    action: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('ASSIGN'), assignee: z.string().min(1).max(64).nullable() }).strict(),
      z.object({ kind: z.literal('REQUEST_DOCUMENTS') }).strict(),
      z.object({ kind: z.literal('CONFIRM') }).strict(),
      z.object({ kind: z.literal('RELEASE') }).strict(),
      z.object({ kind: z.literal('APPROVE_RELEASE') }).strict(),
      z.object({ kind: z.literal('REJECT_RELEASE') }).strict(),
      z.object({ kind: z.literal('ALLOWLIST_PARTY'), hitIndex: z.number().int().min(0), expiresAt: z.iso.datetime().optional() }).strict(),
    ]),
  })
  .strict();

export const SIGN_IN_BODY = z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(500) }).strict();

export const DASHBOARD_QUERY = z.object({ days: z.coerce.number().int().min(1).max(365).default(30) }).strict();
