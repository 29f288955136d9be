/** A sensitive goods line of an earlier declaration (controlled, correlated or CHPL). */
export interface ShipmentLine {
  declarationId: string;
  at: number;
  consigneeKey: string;
  consigneeName: string;
  hs6: string;
  lineNumber: number;
  usdValue?: number;
}

/** Median and median absolute deviation of the natural logs of recent unit values. */
export interface UnitValueRange {
  samples: number;
  logMedian: number;
  logMad: number;
}

/** A party of a declaration whose hold an officer confirmed (referred to enforcement). */
export interface ConfirmedHoldParty {
  declarationId: string;
  role: string;
  name: string;
  country: string;
  confirmedAt: string;
}

/**
 * What rules may read of earlier declarations, by event time (`submittedAt`). Every query
 * takes its window's end from the declaration being screened, never from the wall clock,
 * so that replaying a month gives the answers live gave. All in memory: no database trip.
 */
export interface HistoryView {
  /** The earliest event time the view holds (ms); a baseline reaching further back is not covered. */
  readonly coverageStart: number | undefined;
  /** How many distinct consignees the view has seen: what "new" is measured against. */
  readonly knownConsignees: number;
  /** When a consignee (by `partyKey`) was first seen, if it was. */
  firstSeen(consigneeKey: string): number | undefined;
  /** Consignees seen sharing an address, phone or e-mail with this one (itself excluded). */
  linkedConsignees(consigneeKey: string): string[];
  /** Sensitive lines of an exporter's declarations of one HS-6 to these consignees, event time in [from, to), oldest first. */
  sensitiveShipments(exporterKey: string, hs6: string, consigneeKeys: string[], from: number, to: number): ShipmentLine[];
  /** CHPL declarations to a diversion hub with event time in [from, to), but `excluding` (the one screened, if seen before). */
  hubFlow(country: string, from: number, to: number, excluding?: string): { declarations: number; usdValue: number };
  /** The robust range of recent USD unit values declared for an HS-6 in a unit of quantity. */
  unitValueRange(hs6: string, unit: string): UnitValueRange | undefined;
  /** Parties of confirmed holds sharing this key (a `contactKeys` key, or `party:` + `partyKey`). */
  confirmedHoldsSharing(key: string): readonly ConfirmedHoldParty[];
}
