import { EntityKind, LoadedList, Script } from '@chokepoint/party-screening';

/**
 * A cross-script evaluation from third-party data: the UN list (and any other list) gives some
 * entries' names in their original script beside the Latin ones. Each such name becomes a query
 * that must find its own entry, in a copy of the lists with the non-Latin names taken out, so
 * that it can be found only through the entry's Latin names — as a declaration naming the party
 * in its own script would have to be.
 */
export interface CrossScriptPair {
  /** The name as written in its own script. */
  query: string;
  script: Script;
  /** The entry's first country (nationality, address), as a declaration might give it. */
  country?: string;
  kind: EntityKind;
  /** `list:entryId` the query must find. */
  expected: string;
}

export interface CrossScriptSet {
  pairs: CrossScriptPair[];
  /** The lists without any non-Latin name; entries keep their Latin names and everything else. */
  lists: LoadedList[];
}

export function crossScriptPairs(lists: LoadedList[]): CrossScriptSet {
  const pairs: CrossScriptPair[] = [];
  const stripped = lists.map((list) => ({
    ...list,
    entities: list.entities.map((entity) => {
      const latin = entity.names.filter((n) => n.script === 'Latin');
      const other = entity.names.filter((n) => n.script !== 'Latin' && n.name.trim());
      // Only entries that can still be found: some Latin name is left.
      if (latin.length) {
        for (const name of other) {
          pairs.push({ query: name.name, script: name.script, ...(entity.countries[0] ? { country: entity.countries[0] } : {}), kind: entity.kind, expected: `${entity.list}:${entity.entryId}` });
        }
      }
      return other.length ? { ...entity, names: latin } : entity;
    }),
  }));
  return { pairs, lists: stripped };
}
