import { parseArgs } from 'node:util';
import { loadSettings } from '@chokepoint/config';
import { buildIndexFrom, parseListSource, PartyMatch, readingDictionaries, screenParty } from '@chokepoint/party-screening';

/**
 * `chokepoint screen-name "<name>"`: an analyst's look at what the matcher makes of a name,
 * against the same lists and with the same code as the live service.
 */
export async function screenNameCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      country: { type: 'string' },
      id: { type: 'string', multiple: true },
      sanctions: { type: 'string', multiple: true },
      threshold: { type: 'string' },
      limit: { type: 'string', default: '10' },
      json: { type: 'boolean', default: false },
    },
  });
  const name = positionals.join(' ').trim();
  if (!name) throw new Error('screen-name needs a name: chokepoint screen-name "<name>" [--country XX]');
  const settings = loadSettings();
  const sources = (values.sanctions?.length ? values.sanctions : settings.partyScreening.lists).map(parseListSource);
  if (!sources.length) throw new Error('no party lists: pass --sanctions <format>:<path-or-url> or set SANCTIONS_LISTS');
  const index = await buildIndexFrom(sources, await readingDictionaries(settings.partyScreening.nameDictionaries));
  const threshold = values.threshold ? Number(values.threshold) : settings.partyScreening.threshold;
  const matches = screenParty(index, { name, country: values.country?.toUpperCase(), identifiers: values.id ?? [] }, { threshold, limit: Number(values.limit) });
  process.stdout.write(values.json ? `${JSON.stringify({ name, lists: index.listVersions, threshold, matches }, null, 2)}\n` : describe(name, index.listVersions, threshold, matches));
  return 0;
}

function describe(name: string, lists: string[], threshold: number, matches: PartyMatch[]): string {
  const lines = [`"${name}" against ${lists.join(', ')} (threshold ${threshold}): ${matches.length ? `${matches.length} match${matches.length > 1 ? 'es' : ''}` : 'no match'}`];
  for (const m of matches) {
    const n = m.breakdown.name;
    const why = m.breakdown.identifier
      ? `identifier ${m.breakdown.identifier}`
      : `${n!.method}: ${n!.pairs.map((p) => `${p.screened}~${p.listed} ${p.similarity}`).join(', ')}${n!.unmatchedListed.length ? `; unmatched on list: ${n!.unmatchedListed.join(' ')}` : ''}${n!.unmatchedScreened.length ? `; unmatched here: ${n!.unmatchedScreened.join(' ')}` : ''}`;
    const country = m.breakdown.country.effect === 'unknown' ? '' : `; country ${m.breakdown.country.effect} (${m.breakdown.country.listed.join(',')})`;
    lines.push(`  ${m.score.toFixed(3)}  ${m.list}:${m.entryId}  ${m.matchedName}  [${m.kind}; ${m.programs.join(', ')}]`, `         ${why}${country}`);
  }
  return `${lines.join('\n')}\n`;
}
