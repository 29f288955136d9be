import { listedStreetWords } from '@chokepoint/detection';

/** Street lines of listed entities specific enough to match, for planted network links. */
export function listedStreets(contacts: readonly { addresses: { text: string; country?: string }[] }[]): { country: string; street: string }[] {
  return contacts.flatMap((c) => c.addresses.flatMap((a) => (a.country && listedStreetWords(a.text) ? [{ country: a.country, street: a.text.split(',')[0] }] : [])));
}
