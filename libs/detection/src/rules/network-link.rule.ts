import { z } from 'zod';
import { describeRole, ExportDeclaration, Hit, partiesOf, Party } from '@chokepoint/contracts';
import { listedContactDirectory } from '../listed-contact-directory';
import { contactKeys, contactKind, partyKey } from '../party-keys';
import { Rule, RuleEnvironment } from '../rule-set';
import { score } from './rule-params';

export const NETWORK_LINK_RULE_ID = 'network-link';

const PARAMS = z
  .object({
    /** Shares an address, phone or e-mail with a listed entity. */
    listedScore: score(85),
    /** Is, or shares a contact point with, a party of an earlier hold an officer confirmed. */
    confirmedHoldScore: score(70),
  })
  .strict();
type Params = z.infer<typeof PARAMS>;

/** The receiving side: who the goods go to, and who stands between. */
const LINKED_ROLES = (role: string) => role === 'consignee' || role === 'endUser' || role === 'notifyParty' || role.startsWith('intermediaries');

/**
 * Network links: a consignee, end user, notify party or intermediary sharing a normalised
 * address, phone number or e-mail with a listed entity, or with a party of an earlier
 * confirmed hold. Front companies change names; their premises and phones change less.
 */
export const networkLinkRule: Rule<Params> = {
  id: NETWORK_LINK_RULE_ID,
  summary: 'Receiving party shares an address, phone or e-mail with a listed entity or a confirmed hold',
  params: PARAMS,
  evaluate(declaration, params, env): Hit[] {
    // Links to listed entities first, then to confirmed holds.
    const parties = partiesOf(declaration).filter(({ role }) => LINKED_ROLES(role));
    return [...parties.flatMap(({ role, party }) => listedLinks(role, party, params, env)), ...parties.flatMap(({ role, party }) => confirmedHoldLinks(declaration, role, party, params, env))];
  },
};

function listedLinks(role: string, party: Party, params: Params, env: RuleEnvironment): Hit[] {
  const contacts = env.partyLists?.listedContacts;
  if (!contacts?.length) return [];
  return listedContactDirectory(contacts)
    .linksOf(party)
    .map(({ contact, via, value }) => ({
      ruleId: NETWORK_LINK_RULE_ID,
      category: 'NETWORK_LINK',
      severity: 'HIGH',
      score: params.listedScore,
      message: `The ${describeRole(role)} "${party.name}" shares its ${via} (${value}) with "${contact.name}" on ${contact.list} (entry ${contact.entryId}${contact.programs.length ? `, ${contact.programs.join(', ')}` : ''}).`,
      partyRoles: [role],
      evidence: { role, via, value, list: contact.list, entryId: contact.entryId, listedName: contact.name, programs: contact.programs },
    }));
}

function confirmedHoldLinks(declaration: ExportDeclaration, role: string, party: Party, params: Params, env: RuleEnvironment): Hit[] {
  const history = env.history;
  if (!history) return [];
  const hits: Hit[] = [];
  const reported = new Set<string>();
  for (const key of [`party:${partyKey(party)}`, ...contactKeys(party)]) {
    for (const earlier of history.confirmedHoldsSharing(key)) {
      if (earlier.declarationId === declaration.declarationId || reported.has(earlier.declarationId)) continue;
      reported.add(earlier.declarationId);
      const how = key.startsWith('party:') ? 'is' : `shares its ${contactKind(key)} with`;
      hits.push({
        ruleId: NETWORK_LINK_RULE_ID,
        category: 'NETWORK_LINK',
        severity: 'HIGH',
        score: params.confirmedHoldScore,
        message: `The ${describeRole(role)} "${party.name}" ${how} the ${describeRole(earlier.role)} "${earlier.name}" of declaration ${earlier.declarationId}, whose hold was confirmed on ${earlier.confirmedAt.slice(0, 10)}.`,
        partyRoles: [role],
        evidence: { role, via: key.startsWith('party:') ? 'same party' : contactKind(key), earlier },
      });
    }
  }
  return hits;
}
