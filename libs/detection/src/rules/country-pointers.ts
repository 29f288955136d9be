import { describeRole, ExportDeclaration, partiesOf } from '@chokepoint/contracts';
import { countryOfPort } from '../goods-profile';

/** Where a declaration points to besides its parties: the destination, the route and the money. */
export const ROUTE_ROLES: ReadonlySet<string> = new Set(['transit', 'portOfDischarge', 'payment']);

/**
 * Every role of the declaration that points to a country `concerned` is about: the destination,
 * each party, each transit country, the port of discharge and the payment, grouped by country
 * in the order first met.
 */
export function rolesByCountry(declaration: ExportDeclaration, concerned: (country: string) => boolean): Map<string, string[]> {
  const rolesByCountry = new Map<string, string[]>();
  const note = (country: string | undefined, role: string) => {
    if (!country || !concerned(country)) return;
    const roles = rolesByCountry.get(country) ?? [];
    if (!roles.includes(role)) roles.push(role);
    rolesByCountry.set(country, roles);
  };
  note(declaration.destinationCountry, 'destination');
  for (const { role, party } of partiesOf(declaration)) note(party.country, role);
  for (const country of declaration.transitCountries ?? []) note(country, 'transit');
  note(countryOfPort(declaration.portOfDischarge), 'portOfDischarge');
  note(declaration.paymentCountry, 'payment');
  return rolesByCountry;
}

/** The parties among the roles (not the destination, the route or the money). */
export function partyRolesOf(roles: string[]): string[] {
  return roles.filter((r) => r !== 'destination' && !ROUTE_ROLES.has(r));
}

/** Only the route or the money touches the country: weighed less than a destination or party there. */
export function onlyRoute(roles: string[]): boolean {
  return roles.every((r) => ROUTE_ROLES.has(r));
}

const ROUTE_WORDS: Record<string, string> = {
  destination: 'the declared destination',
  transit: 'a transit country',
  portOfDischarge: 'the port of discharge',
  payment: 'the payment',
};

/** `the declared destination`, `the end user`, `a transit country` ... for messages. */
export function describePointer(role: string): string {
  return Object.hasOwn(ROUTE_WORDS, role) ? ROUTE_WORDS[role] : `the ${describeRole(role)}`;
}
