import { Party } from '@chokepoint/contracts';
import { ListedContact } from './party-lists';
import { addressWords, emailKey, phoneKey } from './party-keys';

/** A listed entry a party shares a contact point with. */
export interface ListedContactLink {
  contact: ListedContact;
  via: 'address' | 'phone number' | 'e-mail address';
  value: string;
}

interface ListedStreet {
  words: string[];
  text: string;
  contact: ListedContact;
}

/**
 * The lists' contact points, indexed for one question: does a declared party share an address,
 * phone or e-mail with a listed entry? A listed street line ("Zweierstrasse 35") matches when
 * it appears word for word in the party's address in the same country; it must carry a number,
 * since a city alone proves nothing.
 */
export class ListedContactDirectory {
  private readonly streets = new Map<string, ListedStreet[]>();
  private readonly phones = new Map<string, ListedContact[]>();
  private readonly emails = new Map<string, ListedContact[]>();

  constructor(contacts: readonly ListedContact[]) {
    for (const contact of contacts) {
      for (const address of contact.addresses) this.addStreet(contact, address);
      for (const phone of contact.phones) add(this.phones, phoneKey(phone), contact);
      for (const email of contact.emails) add(this.emails, emailKey(email), contact);
    }
  }

  private readonly remembered = new Map<string, ListedContactLink[]>();

  /** The links of a party; remembered (bounded), since the same parties come back all day. */
  linksOf(party: Party): ListedContactLink[] {
    const key = `${party.country}\u001f${party.address ?? ''}\u001f${party.phone ?? ''}\u001f${party.email ?? ''}`;
    let links = this.remembered.get(key);
    if (!links) {
      links = this.computeLinks(party);
      if (this.remembered.size >= 50_000) this.remembered.clear();
      this.remembered.set(key, links);
    }
    return links;
  }

  private computeLinks(party: Party): ListedContactLink[] {
    const links: ListedContactLink[] = [];
    const phone = phoneKey(party.phone);
    for (const contact of (phone && this.phones.get(phone)) || []) links.push({ contact, via: 'phone number', value: party.phone! });
    const email = emailKey(party.email);
    for (const contact of (email && this.emails.get(email)) || []) links.push({ contact, via: 'e-mail address', value: party.email! });
    if (party.address) {
      const words = addressWords(party.address);
      const seen = new Set<ListedStreet>();
      for (const word of words) {
        for (const street of this.streets.get(`${party.country}|${word}`) ?? []) {
          if (seen.has(street) || !containsRun(words, street.words)) continue;
          seen.add(street);
          links.push({ contact: street.contact, via: 'address', value: street.text });
        }
      }
    }
    return links;
  }

  private addStreet(contact: ListedContact, address: { text: string; country?: string }): void {
    const words = listedStreetWords(address.text);
    if (!address.country || !words) return;
    // Indexed under its longest word without digits: the rarest, so few candidates per lookup.
    const anchor = words.filter((w) => !/\d/.test(w)).sort((a, b) => b.length - a.length)[0];
    add(this.streets, `${address.country}|${anchor}`, { words, text: address.text, contact });
  }
}

/** The street line of a listed address ("Zweierstrasse 35"), as words, if it names premises: a number and a street word. */
export function listedStreetWords(address: string): string[] | undefined {
  const words = addressWords(address.split(',')[0]);
  return words.length >= 2 && words.some((w) => /\d/.test(w)) && words.some((w) => /^\D{3,}$/.test(w)) ? words : undefined;
}

function add<T>(map: Map<string, T[]>, key: string | undefined, value: T): void {
  if (key) map.set(key, [...(map.get(key) ?? []), value]);
}

function containsRun(words: string[], run: string[]): boolean {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let j = 0; j < run.length; j++) if (words[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

const directories = new WeakMap<readonly ListedContact[], ListedContactDirectory>();

/** One directory per loaded lists: built on first use, dropped with the lists. */
export function listedContactDirectory(contacts: readonly ListedContact[]): ListedContactDirectory {
  let directory = directories.get(contacts);
  if (!directory) directories.set(contacts, (directory = new ListedContactDirectory(contacts)));
  return directory;
}
