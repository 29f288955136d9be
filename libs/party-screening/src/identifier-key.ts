/**
 * Identifier values folded so that formatting does not hide a match: `IMO 9187629`, `9187629`;
 * `HRB 12-345`, `hrb12345`; e-mails lower-cased; phone numbers by their last nine digits (the
 * subscriber number, whatever the country prefix). Too-short values are not keys: they collide.
 */
export function identifierKeys(raw: string): string[] {
  const value = raw.trim();
  if (value.includes('@')) return [`email:${value.toLowerCase()}`];
  const compact = value.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (compact.length < 5) return [];
  const keys = [`id:${compact}`];
  const withoutPrefix = compact.replace(/^(IMO|MMSI|NO|NR|NUMBER)/, '');
  if (withoutPrefix !== compact && withoutPrefix.length >= 5) keys.push(`id:${withoutPrefix}`);
  if (/^\+?[\d\s().-]{7,}$/.test(value)) keys.push(`phone:${value.replace(/\D/g, '').slice(-9)}`);
  return keys;
}
