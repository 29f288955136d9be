import { ExportDeclaration, partiesOf } from '@chokepoint/contracts';
import { hubCountryOf, profileGoods, unlicensedChpl } from '../goods-profile';
import { contactKeys, partyKey } from '../party-keys';
import { ReferenceTables } from '../reference-tables';
import { eventTimeOf } from '../rule-set';
import { ConfirmedHoldParty, HistoryView, ShipmentLine, UnitValueRange } from './history-view';

/** Unit values kept per HS-6 and unit: enough for a stable median and spread. */
const UNIT_VALUE_SAMPLE = 200;
/** Roles of a confirmed hold whose contact points mark a network (the exporter is the declarant's own). */
const NETWORK_ROLES = new Set(['consignee', 'endUser', 'notifyParty']);

/** What one declaration leaves in the history when it carries sensitive goods. */
interface Footprint {
  declarationId: string;
  revision: number;
  at: number;
  exporterKey: string;
  lines: ShipmentLine[];
  /** Set when CHPL goods go to a diversion hub. */
  hub?: { country: string; usdValue: number };
}

/**
 * The declaration history the rules read, kept in memory and fed in event order by whoever
 * owns it: the screening service (from the archive at start, then each batch) or replay (from
 * the replayed events). Only declarations with sensitive goods are kept whole; of the rest it
 * keeps what the rules ask of all traffic: when consignees were first seen, which share contact
 * points, and unit values per HS-6.
 */
export class DeclarationHistory implements HistoryView {
  private readonly footprints = new Map<string, Footprint>();
  /** Lines by exporter, HS-6 and consignee, each list in event-time order. */
  private readonly shipments = new Map<string, ShipmentLine[]>();
  private readonly hubFlows = new Map<string, Footprint[]>();
  private readonly firstSeenAt = new Map<string, number>();
  private readonly contactsOf = new Map<string, Set<string>>();
  private readonly consigneesAt = new Map<string, Set<string>>();
  /** Per HS-6 and unit, unit values by declaration id: taking in a declaration twice counts it once. */
  private readonly unitValueSamples = new Map<string, UnitValueSample>();
  private readonly confirmed = new Map<string, ConfirmedHoldParty[]>();
  private readonly confirmedDeclarations = new Set<string>();
  private earliest: number | undefined;
  private latestAt: number | undefined;

  constructor(private readonly tables: ReferenceTables) {}

  get coverageStart(): number | undefined {
    return this.earliest;
  }

  /** The latest event time taken in: what eviction counts back from. */
  get latest(): number | undefined {
    return this.latestAt;
  }

  /** Takes in a declaration revision; a later revision replaces an earlier one, an older one is ignored. */
  observe(declaration: ExportDeclaration): void {
    const at = eventTimeOf(declaration);
    const known = this.footprints.get(declaration.declarationId);
    if (known && known.revision > declaration.revision) return;
    if (known) this.forget(known);
    this.earliest = this.earliest === undefined ? at : Math.min(this.earliest, at);
    this.latestAt = this.latestAt === undefined ? at : Math.max(this.latestAt, at);
    const consignee = declaration.parties.consignee;
    const consigneeKey = partyKey(consignee);
    this.firstSeenAt.set(consigneeKey, Math.min(this.firstSeenAt.get(consigneeKey) ?? at, at));
    for (const contact of contactKeys(consignee)) this.link(consigneeKey, contact);

    const goods = profileGoods(declaration, this.tables);
    // Amendments repeat the goods of their first submission: sample unit values once.
    if (declaration.revision === 0) for (const g of goods) if (g.usdValue !== undefined) this.sampleUnitValue(g.hs6, g.item.unit, `${declaration.declarationId}:${g.item.lineNumber}`, g.usdValue / g.item.quantity);

    const sensitive = goods.filter((g) => g.sensitive);
    if (sensitive.length === 0) return;
    const base = { declarationId: declaration.declarationId, at, consigneeKey, consigneeName: consignee.name };
    const footprint: Footprint = {
      declarationId: declaration.declarationId,
      revision: declaration.revision,
      at,
      exporterKey: partyKey(declaration.parties.exporter),
      lines: sensitive.map((g) => ({ ...base, hs6: g.hs6, lineNumber: g.item.lineNumber, ...(g.usdValue !== undefined ? { usdValue: g.usdValue } : {}) })),
    };
    const hub = hubCountryOf(declaration, this.tables);
    // As the surge rule counts: unlicensed high-priority lines only.
    const chpl = unlicensedChpl(sensitive);
    if (hub && chpl.length) footprint.hub = { country: hub, usdValue: chpl.reduce((sum, g) => sum + (g.usdValue ?? 0), 0) };
    this.remember(footprint);
  }

  /** A withdrawn declaration no longer counts in windows and baselines. */
  withdraw(declarationId: string): void {
    const known = this.footprints.get(declarationId);
    if (known) this.forget(known);
  }

  /** Marks the parties of a declaration whose hold an officer confirmed. */
  confirmHold(declaration: ExportDeclaration, confirmedAt: string): void {
    if (this.confirmedDeclarations.has(declaration.declarationId)) return;
    this.confirmedDeclarations.add(declaration.declarationId);
    for (const { role, party } of partiesOf(declaration)) {
      if (!NETWORK_ROLES.has(role) && !role.startsWith('intermediaries')) continue;
      const entry = { declarationId: declaration.declarationId, role, name: party.name, country: party.country, confirmedAt };
      for (const key of [`party:${partyKey(party)}`, ...contactKeys(party)]) this.confirmed.set(key, [...(this.confirmed.get(key) ?? []), entry]);
    }
  }

  /** Drops sensitive footprints older than `before` (event time); the service calls it as time moves on. */
  evictBefore(before: number): void {
    for (const footprint of [...this.footprints.values()]) if (footprint.at < before) this.forget(footprint);
    if (this.earliest !== undefined && this.earliest < before) this.earliest = before;
  }

  get size(): { sensitiveDeclarations: number; consignees: number; confirmedHolds: number } {
    return { sensitiveDeclarations: this.footprints.size, consignees: this.firstSeenAt.size, confirmedHolds: this.confirmedDeclarations.size };
  }

  get knownConsignees(): number {
    return this.firstSeenAt.size;
  }

  firstSeen(consigneeKey: string): number | undefined {
    return this.firstSeenAt.get(consigneeKey);
  }

  linkedConsignees(consigneeKey: string): string[] {
    const linked = new Set<string>();
    for (const contact of this.contactsOf.get(consigneeKey) ?? []) for (const other of this.consigneesAt.get(contact) ?? []) if (other !== consigneeKey) linked.add(other);
    return [...linked];
  }

  sensitiveShipments(exporterKey: string, hs6: string, consigneeKeys: string[], from: number, to: number): ShipmentLine[] {
    const found = consigneeKeys.flatMap((consignee) => {
      const lines = this.shipments.get(shipmentKey(exporterKey, hs6, consignee)) ?? [];
      const within: ShipmentLine[] = [];
      for (let i = firstIndex(lines, (t) => t < from); i < lines.length && lines[i].at < to; i++) within.push(lines[i]);
      return within;
    });
    return consigneeKeys.length > 1 ? found.sort((a, b) => a.at - b.at) : found;
  }

  hubFlow(country: string, from: number, to: number, excluding?: string): { declarations: number; usdValue: number } {
    const flows = this.hubFlows.get(country) ?? [];
    let declarations = 0;
    let usdValue = 0;
    for (let i = firstIndex(flows, (t) => t < from); i < flows.length && flows[i].at < to; i++) {
      if (flows[i].declarationId === excluding) continue;
      declarations += 1;
      usdValue += flows[i].hub!.usdValue;
    }
    return { declarations, usdValue };
  }

  unitValueRange(hs6: string, unit: string): UnitValueRange | undefined {
    return this.unitValueSamples.get(`${hs6}|${unit}`)?.range();
  }

  confirmedHoldsSharing(key: string): readonly ConfirmedHoldParty[] {
    return this.confirmed.get(key) ?? [];
  }

  private link(consigneeKey: string, contact: string): void {
    this.contactsOf.set(consigneeKey, (this.contactsOf.get(consigneeKey) ?? new Set()).add(contact));
    this.consigneesAt.set(contact, (this.consigneesAt.get(contact) ?? new Set()).add(consigneeKey));
  }

  private sampleUnitValue(hs6: string, unit: string, line: string, value: number): void {
    const key = `${hs6}|${unit}`;
    const sample = this.unitValueSamples.get(key) ?? new UnitValueSample();
    sample.add(line, value);
    this.unitValueSamples.set(key, sample);
  }

  private remember(footprint: Footprint): void {
    this.footprints.set(footprint.declarationId, footprint);
    for (const line of footprint.lines) {
      const key = shipmentKey(footprint.exporterKey, line.hs6, line.consigneeKey);
      const lines = this.shipments.get(key) ?? [];
      lines.splice(firstIndex(lines, (t) => t <= line.at), 0, line);
      this.shipments.set(key, lines);
    }
    if (footprint.hub) {
      const flows = this.hubFlows.get(footprint.hub.country) ?? [];
      // Equal times keep their arrival order.
      flows.splice(firstIndex(flows, (t) => t <= footprint.at), 0, footprint);
      this.hubFlows.set(footprint.hub.country, flows);
    }
  }

  private forget(footprint: Footprint): void {
    this.footprints.delete(footprint.declarationId);
    for (const line of footprint.lines) {
      const lines = this.shipments.get(shipmentKey(footprint.exporterKey, line.hs6, line.consigneeKey)) ?? [];
      const i = lines.indexOf(line);
      if (i >= 0) lines.splice(i, 1);
    }
    if (footprint.hub) {
      const flows = this.hubFlows.get(footprint.hub.country) ?? [];
      const i = flows.indexOf(footprint);
      if (i >= 0) flows.splice(i, 1);
    }
  }
}

function shipmentKey(exporterKey: string, hs6: string, consigneeKey: string): string {
  return `${exporterKey}|${hs6}|${consigneeKey}`;
}

/** The first index whose entry is not `before` the time: flows and shipment lines stay sorted by event time. */
function firstIndex(flows: { at: number }[], before: (at: number) => boolean): number {
  let lo = 0;
  let hi = flows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(flows[mid].at)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Recent unit values of one HS-6 and unit, by declaration line (taking a line in twice counts it
 * once), with their robust range. The range is recomputed as values come in, once the sample
 * has changed by a twentieth: a median over 200 values moves little with each new one, and
 * sorting them for every goods line would cost more than all the other rules. It depends only
 * on the values taken in, never on when it is asked for, so any reader sees the same range.
 */
class UnitValueSample {
  private readonly values = new Map<string, number>();
  private cached!: UnitValueRange;
  private changes = 0;

  add(line: string, value: number): void {
    if (this.values.has(line)) return;
    this.values.set(line, Math.log(value));
    // Maps keep insertion order: the first key is the oldest value.
    if (this.values.size > UNIT_VALUE_SAMPLE) this.values.delete(this.values.keys().next().value!);
    if (this.cached && ++this.changes < Math.max(1, this.values.size / 20)) return;
    const logs = [...this.values.values()];
    const logMedian = median(logs);
    this.cached = { samples: logs.length, logMedian, logMad: median(logs.map((l) => Math.abs(l - logMedian))) };
    this.changes = 0;
  }

  range(): UnitValueRange {
    return this.cached;
  }
}

/** The median by selection (Hoare's quickselect on a copy): linear time, where sorting is not. */
export function median(values: number[]): number {
  const a = Float64Array.from(values);
  const mid = a.length >> 1;
  const upper = select(a, mid);
  return a.length % 2 ? upper : (upper + max(a, mid)) / 2;
}

/** Puts the k-th smallest value at index k, smaller ones before it, and returns it. */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k];
}

/** The largest of the first `n` values (after `select(a, n)`, the lower neighbour of the median). */
function max(a: Float64Array, n: number): number {
  let m = -Infinity;
  for (let i = 0; i < n; i++) if (a[i] > m) m = a[i];
  return m;
}
