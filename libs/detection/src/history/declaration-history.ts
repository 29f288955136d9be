import { ExportDeclaration, partiesOf } from '@chokepoint/contracts';
import { hubCountryOf, profileGoods, unlicensedChpl } from '../goods-profile';
import { contactKeys, partyKey } from '../party-keys';
import { ReferenceTables } from '../reference-tables';
import { DAY_MS, eventTimeOf } from '../rule-set';
import { ConfirmedHoldParty, HistoryView, ShipmentLine, UnitValueRange } from './history-view';
import { RecentlyTouched } from './recently-touched';
import { lineId, UnitValueSample } from './unit-value-sample';
import { CONFIRMED_HOLD_RETENTION_DAYS, HISTORY_BOUNDS, HistoryBounds } from './history-bounds';

export { median } from './unit-value-sample';
export { CONFIRMED_HOLD_RETENTION_DAYS, HISTORY_BOUNDS } from './history-bounds';
export type { HistoryBounds } from './history-bounds';

/** Roles of a confirmed hold whose contact points mark a network (the exporter is the declarant's own). */
const NETWORK_ROLES = new Set(['consignee', 'endUser', 'notifyParty']);
/** A unit of quantity is a UN/ECE Rec. 20 code of 2-3 characters; the contract allows 8. Longer is noise, not another unit. */
const UNIT_LENGTH = 8;

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
 * A consignee as the history knows it: when first seen (for "new") and last seen (for eviction),
 * by event time, and its contact points, first linked first. One record, not three maps: a
 * consignee costs its key once.
 */
interface Consignee {
  first: number;
  last: number;
  contacts: readonly string[];
}

/** A contact point: the consignees seen at it, first linked first, and when it was last seen. */
interface ContactPoint {
  last: number;
  consignees: readonly string[];
}

const NONE: readonly string[] = [];

/** A confirmed hold: when it was confirmed, and the keys its parties were filed under. */
interface ConfirmedHold {
  at: number;
  keys: string[];
}

/** What the history holds, counted: for logs, metrics and health. */
export interface HistorySize {
  sensitiveDeclarations: number;
  sensitiveLines: number;
  shipmentKeys: number;
  hubCountries: number;
  consignees: number;
  contactPoints: number;
  unitValueKeys: number;
  confirmedHolds: number;
  confirmedHoldKeys: number;
}

/**
 * The declaration history the rules read, kept in memory and fed in event order by whoever
 * owns it: the screening service (from the archive at start, then each batch) or replay (from
 * the replayed events). Only declarations with sensitive goods are kept whole; of the rest it
 * keeps what the rules ask of all traffic: when consignees were first seen, which share contact
 * points, and unit values per HS-6. Every structure is bounded (HistoryBounds) and evicted by
 * event time (`evictBefore`), never by the clock: live and replay keep the same.
 */
export class DeclarationHistory implements HistoryView {
  private readonly footprints = new Map<string, Footprint>();
  /** Footprints in the order taken in (about event time), stale ones included: past the bound the oldest go. */
  private arrivals: Footprint[] = [];
  private nextArrival = 0;
  private sensitiveLines = 0;
  /** Lines by exporter, HS-6 and consignee, each list in event-time order. */
  private readonly shipments = new Map<string, ShipmentLine[]>();
  /** CHPL footprints by diversion hub (a country of the tables), in event-time order. */
  private readonly hubFlows = new Map<string, Footprint[]>();
  private readonly consignees: RecentlyTouched<Consignee>;
  private readonly contactPoints: RecentlyTouched<ContactPoint>;
  /** Per HS-6 and unit, recent unit values by declaration line: taking in a declaration twice counts it once. */
  private readonly unitValueSamples: RecentlyTouched<UnitValueSample>;
  private readonly confirmed: RecentlyTouched<ConfirmedHoldParty[]>;
  private readonly confirmedHolds: RecentlyTouched<ConfirmedHold>;
  private readonly bounds: HistoryBounds;
  private earliest: number | undefined;
  private latestAt: number | undefined;

  /** `bounds` other than the shipped ones are for tests, which cannot flood a million keys in seconds. */
  constructor(
    private readonly tables: ReferenceTables,
    bounds: Partial<HistoryBounds> = {},
  ) {
    this.bounds = { ...HISTORY_BOUNDS, ...bounds };
    this.consignees = new RecentlyTouched(this.bounds.consignees);
    this.contactPoints = new RecentlyTouched(this.bounds.contactPoints);
    this.unitValueSamples = new RecentlyTouched(this.bounds.unitValueKeys);
    this.confirmed = new RecentlyTouched(this.bounds.confirmedHoldKeys);
    this.confirmedHolds = new RecentlyTouched(this.bounds.confirmedHolds, (id, hold) => this.unfile(id, hold));
  }

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
    this.sight(consigneeKey, contactKeys(consignee), at);

    const goods = profileGoods(declaration, this.tables);
    // Amendments repeat the goods of their first submission: sample unit values once.
    if (declaration.revision === 0) {
      for (const g of goods) if (g.usdValue !== undefined) this.sampleUnitValue(g.hs6, g.item.unit, lineId(declaration.declarationId, g.item.lineNumber), g.usdValue / g.item.quantity, at);
    }

    const sensitive = goods.filter((g) => g.sensitive);
    if (sensitive.length === 0) return;
    const footprint: Footprint = {
      declarationId: declaration.declarationId,
      revision: declaration.revision,
      at,
      exporterKey: partyKey(declaration.parties.exporter),
      lines: sensitive.map((g) => shipmentLine(declaration.declarationId, at, consigneeKey, consignee.name, g.hs6, g.item.lineNumber, g.usdValue)),
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
    if (this.confirmedHolds.get(declaration.declarationId)) return;
    const keys: string[] = [];
    for (const { role, party } of partiesOf(declaration)) {
      if (!NETWORK_ROLES.has(role) && !role.startsWith('intermediaries')) continue;
      const entry = { declarationId: declaration.declarationId, role, name: party.name, country: party.country, confirmedAt };
      for (const key of [`party:${partyKey(party)}`, ...contactKeys(party)]) {
        keys.push(key);
        this.confirmed.touch(key, latestHolds(this.confirmed.get(key) ?? [], entry, this.bounds.holdsPerKey));
      }
    }
    const at = Date.parse(confirmedAt);
    this.confirmedHolds.touch(declaration.declarationId, { at: Number.isNaN(at) ? eventTimeOf(declaration) : at, keys });
  }

  /**
   * Forgets what is older than `before` (event time): the service and replay call it as time moves
   * on, with the rule set's longest window (and a day) back from the latest event time. That
   * horizon serves every structure read from declarations: windows of sensitive shipments and
   * hub flows end there; a consignee not seen since is new again, as it is to a service started
   * afresh, which builds its history from that same window; contact points and unit-value samples
   * last touched before it are what such a service would not know either. (A contact point still
   * in use may still name a consignee gone since: it has no shipment left in any window, so
   * grouping it changes nothing.) Confirmed holds keep their own, longer horizon
   * (CONFIRMED_HOLD_RETENTION_DAYS).
   */
  evictBefore(before: number): void {
    this.evictFootprintsBefore(before);
    this.consignees.forgetWhere((consignee) => consignee.last < before);
    this.contactPoints.forgetWhere((point) => point.last < before);
    this.unitValueSamples.forgetWhere((sample) => sample.lastAt < before);
    const holdsBefore = Math.min(before, (this.latestAt ?? before) - CONFIRMED_HOLD_RETENTION_DAYS * DAY_MS);
    this.confirmedHolds.forgetWhere((hold) => hold.at < holdsBefore);
    if (this.earliest !== undefined && this.earliest < before) this.earliest = before;
  }

  get size(): HistorySize {
    return {
      sensitiveDeclarations: this.footprints.size,
      sensitiveLines: this.sensitiveLines,
      shipmentKeys: this.shipments.size,
      hubCountries: this.hubFlows.size,
      consignees: this.consignees.size,
      contactPoints: this.contactPoints.size,
      unitValueKeys: this.unitValueSamples.size,
      confirmedHolds: this.confirmedHolds.size,
      confirmedHoldKeys: this.confirmed.size,
    };
  }

  get knownConsignees(): number {
    return this.consignees.size;
  }

  firstSeen(consigneeKey: string): number | undefined {
    return this.consignees.get(consigneeKey)?.first;
  }

  linkedConsignees(consigneeKey: string): string[] {
    const linked = new Set<string>();
    for (const contact of this.consignees.get(consigneeKey)?.contacts ?? NONE) for (const other of this.contactPoints.get(contact)?.consignees ?? NONE) if (other !== consigneeKey) linked.add(other);
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
    return this.unitValueSamples.get(unitValueKey(hs6, unit))?.range();
  }

  confirmedHoldsSharing(key: string): readonly ConfirmedHoldParty[] {
    return this.confirmed.get(key) ?? [];
  }

  /** A consignee seen at `at` with these contact points: each side remembers the other. */
  private sight(consigneeKey: string, contacts: string[], at: number): void {
    const known = this.consignees.get(consigneeKey);
    const consignee = known ?? { first: at, last: at, contacts: NONE };
    consignee.first = Math.min(consignee.first, at);
    consignee.last = Math.max(consignee.last, at);
    for (const contact of contacts) {
      consignee.contacts = withMember(consignee.contacts, contact, this.bounds.contactsPerConsignee);
      const point = this.contactPoints.get(contact) ?? { last: at, consignees: NONE };
      point.last = Math.max(point.last, at);
      point.consignees = withMember(point.consignees, consigneeKey, this.bounds.consigneesPerContact);
      this.contactPoints.touch(contact, point);
    }
    this.consignees.touch(consigneeKey, consignee);
  }

  private sampleUnitValue(hs6: string, unit: string, line: number, value: number, at: number): void {
    const key = unitValueKey(hs6, unit);
    const sample = this.unitValueSamples.get(key) ?? new UnitValueSample();
    sample.add(line, value, at);
    this.unitValueSamples.touch(key, sample);
  }

  /** Takes a confirmed hold's parties off the keys they were filed under, once the hold is forgotten. */
  private unfile(declarationId: string, hold: ConfirmedHold): void {
    for (const key of new Set(hold.keys)) {
      const rest = this.confirmed.get(key)?.filter((p) => p.declarationId !== declarationId);
      if (rest === undefined) continue;
      if (rest.length) this.confirmed.replace(key, rest);
      else this.confirmed.delete(key);
    }
  }

  private remember(footprint: Footprint): void {
    this.footprints.set(footprint.declarationId, footprint);
    this.sensitiveLines += footprint.lines.length;
    this.arrivals.push(footprint);
    for (const line of footprint.lines) insertInOrder(this.shipments, shipmentKey(footprint.exporterKey, line.hs6, line.consigneeKey), line);
    if (footprint.hub) insertInOrder(this.hubFlows, footprint.hub.country, footprint);
    this.keepWithinLineBound();
    this.compactArrivals(false);
  }

  /**
   * Past the bound on sensitive lines, the footprints taken in first (the oldest, as events come
   * in order) go, a hundredth of the bound more than needed at once: the lists they are in (a hub's
   * flow may hold a hundred thousand) are then cut once a batch, not once a footprint.
   */
  private keepWithinLineBound(): void {
    if (this.sensitiveLines <= this.bounds.sensitiveLines) return;
    const target = this.bounds.sensitiveLines - Math.floor(this.bounds.sensitiveLines / 100);
    const forgotten = new Set<Footprint>();
    while (this.sensitiveLines > target && this.nextArrival < this.arrivals.length) {
      const oldest = this.arrivals[this.nextArrival++];
      if (!this.isKept(oldest)) continue;
      this.footprints.delete(oldest.declarationId);
      this.sensitiveLines -= oldest.lines.length;
      forgotten.add(oldest);
    }
    this.dropFromLists(forgotten);
  }

  /** Takes forgotten footprints (none of them kept in another revision) off the lists they are in. */
  private dropFromLists(forgotten: Set<Footprint>): void {
    const ids = new Set<string>();
    const shipmentKeys = new Set<string>();
    const hubs = new Set<string>();
    for (const footprint of forgotten) {
      ids.add(footprint.declarationId);
      for (const line of footprint.lines) shipmentKeys.add(shipmentKey(footprint.exporterKey, line.hs6, line.consigneeKey));
      if (footprint.hub) hubs.add(footprint.hub.country);
    }
    for (const key of shipmentKeys) keepOnly(this.shipments, key, (line) => !ids.has(line.declarationId));
    for (const hub of hubs) keepOnly(this.hubFlows, hub, (flow) => !forgotten.has(flow));
  }

  private forget(footprint: Footprint): void {
    this.footprints.delete(footprint.declarationId);
    this.sensitiveLines -= footprint.lines.length;
    for (const line of footprint.lines) {
      const key = shipmentKey(footprint.exporterKey, line.hs6, line.consigneeKey);
      const lines = this.shipments.get(key) ?? [];
      const i = lines.indexOf(line);
      if (i >= 0) lines.splice(i, 1);
      if (lines.length === 0) this.shipments.delete(key);
    }
    if (footprint.hub) {
      const flows = this.hubFlows.get(footprint.hub.country) ?? [];
      const i = flows.indexOf(footprint);
      if (i >= 0) flows.splice(i, 1);
      if (flows.length === 0) this.hubFlows.delete(footprint.hub.country);
    }
  }

  /** Lists are in event-time order: what is before the horizon is a prefix of each, cut at once. */
  private evictFootprintsBefore(before: number): void {
    for (const footprint of this.footprints.values()) {
      if (footprint.at >= before) continue;
      this.footprints.delete(footprint.declarationId);
      this.sensitiveLines -= footprint.lines.length;
    }
    dropBefore(this.shipments, before);
    dropBefore(this.hubFlows, before);
    this.compactArrivals(true);
  }

  private isKept(footprint: Footprint): boolean {
    return this.footprints.get(footprint.declarationId) === footprint;
  }

  /**
   * Drops arrivals already passed, and those replaced, withdrawn or evicted: at once when `now`,
   * else once they outnumber what is kept (so the queue stays within twice the footprints, at a
   * cost spread over the footprints taken in).
   */
  private compactArrivals(now: boolean): void {
    const queued = this.arrivals.length - this.nextArrival;
    if (!now && this.nextArrival <= Math.max(1024, queued) && queued <= 2 * this.footprints.size + 1024) return;
    this.arrivals = this.arrivals.slice(this.nextArrival).filter((f) => this.isKept(f));
    this.nextArrival = 0;
  }
}

/** Keeps the latest `limit` confirmed hold parties of a key, this one the last (a new array: readers may hold the old). */
function latestHolds(parties: readonly ConfirmedHoldParty[], entry: ConfirmedHoldParty, limit: number): ConfirmedHoldParty[] {
  return (parties.length >= limit ? parties.slice(parties.length - limit + 1) : parties).concat(entry);
}

/**
 * The keys with this one, first linked first; past `limit` the first linked goes (a firm that
 * moved, a number given up). A new array when one is added, of its exact size: most consignees
 * have one or two contact points, and readers may hold the old array.
 */
function withMember(keys: readonly string[], key: string, limit: number): readonly string[] {
  if (keys.includes(key)) return keys;
  // concat allocates the exact length; a spread or a push leaves room for sixteen more.
  return (keys.length >= limit ? keys.slice(keys.length - limit + 1) : keys).concat(key);
}

/** Keeps the entries of one list that pass, and the list only if any do. */
function keepOnly<T>(lists: Map<string, T[]>, key: string, keep: (entry: T) => boolean): void {
  const rest = lists.get(key)?.filter(keep) ?? [];
  if (rest.length) lists.set(key, rest);
  else lists.delete(key);
}

/** Drops the entries before `before` from lists in event-time order, and the lists left empty. */
function dropBefore<T extends { at: number }>(lists: Map<string, T[]>, before: number): void {
  for (const [key, list] of lists) {
    const cut = firstIndex(list, (t) => t < before);
    if (cut === list.length) lists.delete(key);
    else if (cut > 0) list.splice(0, cut);
  }
}

/** The key of a unit-value sample: a unit spelt "pce ", "PCE" or "Pce" is one unit, and a long one is cut. */
function unitValueKey(hs6: string, unit: string): string {
  return `${hs6}|${unit.trim().toUpperCase().slice(0, UNIT_LENGTH)}`;
}

/** A shipment line, built whole (one shape): it is kept for the whole window, a million of them at the bound. */
function shipmentLine(declarationId: string, at: number, consigneeKey: string, consigneeName: string, hs6: string, lineNumber: number, usdValue: number | undefined): ShipmentLine {
  const line: ShipmentLine = { declarationId, at, consigneeKey, consigneeName, hs6, lineNumber };
  if (usdValue !== undefined) line.usdValue = usdValue;
  return line;
}

/**
 * Adds an entry to its list by event time, equal times in arrival order. Events come about in
 * order, so it is mostly a push: a splice at the end of a hub's flow of 100,000 copies it. A new
 * list is of one, of its exact size: most shipment keys keep a few lines.
 */
function insertInOrder<T extends { at: number }>(lists: Map<string, T[]>, key: string, entry: T): void {
  const list = lists.get(key);
  if (!list) lists.set(key, [entry]);
  else if (list.length === 0 || list[list.length - 1].at <= entry.at) list.push(entry);
  else list.splice(firstIndex(list, (t) => t <= entry.at), 0, entry);
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
