/**
 * How long a confirmed hold marks its parties' contact points, counted back from the latest event
 * time: five years, the record-keeping period of export-control regimes (EU 2021/821 art. 27).
 * Holds are few and the service loads all of them at start, so they are not held to the rule
 * set's windows as declarations are.
 */
export const CONFIRMED_HOLD_RETENTION_DAYS = 5 * 365;

/**
 * How much the history holds at most, whatever the traffic. Eviction by event time (`evictBefore`)
 * keeps ordinary traffic well below these; they hold when a sender floods distinct keys inside
 * the window (made-up consignee names, phone numbers, units). Maps keyed by what a sender writes
 * keep at least half their bound, the keys touched last (see RecentlyTouched); past it the keys
 * whose last event is oldest go first. Forgetting fails safe: a forgotten consignee looks new.
 * The memory at each bound, measured in history-bounds.spec.ts, is about what the comments say.
 */
export interface HistoryBounds {
  /** Sensitive goods lines (of kept declarations); also bounds the declarations and the shipment keys. */
  sensitiveLines: number;
  /** Consignees, with their first and last sightings and their contact points. */
  consignees: number;
  /** Contact points (addresses, phones, e-mails) with the consignees seen at them. */
  contactPoints: number;
  contactsPerConsignee: number;
  consigneesPerContact: number;
  /** HS-6 and unit pairs with a sample of unit values. */
  unitValueKeys: number;
  /** Declarations whose hold an officer confirmed. */
  confirmedHolds: number;
  /** Party and contact keys of confirmed holds. */
  confirmedHoldKeys: number;
  /** Confirmed hold parties kept per key, the latest confirmed. */
  holdsPerKey: number;
}

export const HISTORY_BOUNDS: Readonly<HistoryBounds> = {
  // A million sensitive lines is 11,000 a day across the default 91-day horizon: the controlled,
  // correlated and CHPL trade of a large country of export, with room. About 0.75 KB a line when
  // each brings its own exporter and consignee keys (less as they repeat): 0.75 GB at the bound.
  sensitiveLines: 1_000_000,
  // Some hundred thousand foreign consignees trade with one country in a quarter; at least
  // 200,000 most recently seen are kept. About 0.75 KB a consignee with two contact points, half
  // of it their keys: 0.3 GB at the bound.
  consignees: 400_000,
  // A consignee usually declares an address and a phone or e-mail: two contact points each.
  contactPoints: 800_000,
  // Firms move and change numbers, but not sixteen times in a window.
  contactsPerConsignee: 16,
  // Premises shared by more than a hundred consignee names are a business centre, not a network:
  // the structuring rule reads every shipment of the group, so the group stays small.
  consigneesPerContact: 100,
  // The HS has about 5,600 subheadings, each declared in one unit or two: 20,000 pairs hold all
  // real trade; a made-up unit costs at most a 200-value sample, 3.8 KB (75 MB at the bound).
  unitValueKeys: 20_000,
  // Officers confirm holds by the hundred or thousand a year; five years of them fit.
  confirmedHolds: 20_000,
  // Up to 23 receiving parties of a declaration, each by name and up to three contact points.
  confirmedHoldKeys: 200_000,
  // More than a hundred confirmed holds at one contact point add no evidence to the hundredth.
  holdsPerKey: 100,
};
