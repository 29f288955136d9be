import anyAscii from 'any-ascii';
import { phoneticKey } from '../phonetic-key';

/** The caller screens each reading: a handful is worth it, more only costs time. */
export const MAX_READINGS = 6;

/**
 * Readings that the matcher cannot tell apart are one: the same phonetic keys word for word
 * (Khaleel / Khalil, Sun-sin / Sun sin). Comparing keys, not spellings, leaves room in the
 * bounded set for readings that can match something the others cannot.
 */
export function readingKey(reading: string): string {
  return anyAscii(reading)
    .toLowerCase()
    .replace(/['’`´ʼʹ]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(phoneticKey)
    .join(' ');
}

/** Keeps the first of each set of readings with the same key. */
export function distinctReadings(candidates: Iterable<string>, limit = MAX_READINGS): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const candidate of candidates) {
    const reading = tidy(candidate);
    const key = readingKey(reading);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    kept.push(reading);
    if (kept.length >= limit) break;
  }
  return kept;
}

/**
 * Joins the readings of a name's parts: the k-th reading of the whole takes each part's k-th
 * reading (its last when it has fewer), so the best readings of every part go together first
 * and the count stays bounded whatever the number of parts.
 */
export function zipReadings(parts: string[][]): string[] {
  const usable = parts.filter((p) => p.length > 0);
  const depth = Math.max(0, ...usable.map((p) => p.length));
  const whole: string[] = [];
  for (let k = 0; k < depth; k++) whole.push(usable.map((p) => p[Math.min(k, p.length - 1)]).join(''));
  return whole;
}

function tidy(reading: string): string {
  return reading.replace(/\s+/g, ' ').trim();
}

/** Upper-case first letter: readings are shown to officers beside the listed name. */
export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
