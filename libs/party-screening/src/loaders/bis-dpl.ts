import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { countryCode } from '../countries';
import { ListedEntity, scriptOf } from '../listed-entity';

/**
 * Parses the BIS Denied Persons List (tab-separated, header row). It has no entry id; one is
 * derived from the name, address and effective date, which together identify an order.
 */
export function parseBisDpl(tsv: string): ListedEntity[] {
  const records: Record<string, string>[] = parse(tsv, { delimiter: '\t', columns: true, relax_quotes: true, relax_column_count: true, trim: true, skip_empty_lines: true, bom: true });
  return records
    .filter((r) => r.Name)
    .map((r) => {
      const country = countryCode(r.Country);
      const address = [r.Street_Address, r.City, r.State, r.Postal_Code, r.Country].filter(Boolean).join(', ');
      return {
        list: 'bis-dpl' as const,
        entryId: createHash('sha256').update([r.Name, r.Street_Address, r.Effective_Date].join('|')).digest('hex').slice(0, 12),
        kind: 'UNKNOWN' as const,
        names: [{ name: r.Name, type: 'primary' as const, script: scriptOf(r.Name) }],
        addresses: address ? [{ text: address, ...(country ? { country } : {}) }] : [],
        countries: country ? [country] : [],
        identifiers: [],
        programs: ['DPL'],
        ...(usDate(r.Effective_Date) ? { listedOn: usDate(r.Effective_Date) } : {}),
        ...(usDate(r.Expiration_Date) ? { validUntil: usDate(r.Expiration_Date) } : {}),
        ...(r.FR_Citation ? { remarks: `${r.Action ?? ''} ${r.FR_Citation}`.trim() } : {}),
      };
    });
}

/** `06/29/2056` → `2056-06-29`. */
function usDate(value: string | undefined): string | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value ?? '');
  return m ? `${m[3]}-${m[1]}-${m[2]}` : undefined;
}
