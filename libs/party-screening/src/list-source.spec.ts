import { join } from 'node:path';
import { countryCode } from './countries';
import { ListSourceError, loadList, parseListSource } from './list-source';

const DATA = join(__dirname, '../../../../shared/data');

describe('parseListSource', () => {
  it('splits format and location at the first colon, so URLs survive', () => {
    expect(parseListSource('ofac-sdn:/data/ofac')).toEqual({ format: 'ofac-sdn', location: '/data/ofac' });
    expect(parseListSource('un-xml:https://lists.example/consolidated.xml')).toEqual({ format: 'un-xml', location: 'https://lists.example/consolidated.xml' });
  });

  it('refuses unknown formats and empty locations', () => {
    expect(() => parseListSource('eu-fsf:/data/eu.xml')).toThrow(ListSourceError);
    expect(() => parseListSource('ofac-sdn:')).toThrow(ListSourceError);
    expect(() => parseListSource('/data/sdn.csv')).toThrow(ListSourceError);
  });
});

describe('countryCode', () => {
  it('reads names, list spellings and codes', () => {
    expect(countryCode('United Kingdom')).toBe('GB');
    expect(countryCode('Korea, North')).toBe('KP');
    expect(countryCode('Burma')).toBe('MM');
    expect(countryCode('IR')).toBe('IR');
    expect(countryCode('-0-')).toBeUndefined();
    expect(countryCode('undetermined')).toBeUndefined();
    expect(countryCode('Atlantis')).toBeUndefined();
  });
});

/** The real lists in ../shared/data, in their official formats. */
describe('loading the real lists', () => {
  it('loads the full SDN list with aliases, addresses and identifiers', async () => {
    const sdn = await loadList(parseListSource(`ofac-sdn:${join(DATA, 'ofac-sdn')}`));
    expect(sdn.entities).toHaveLength(8976);
    expect(sdn.version).toMatch(/^ofac-sdn@[0-9a-f]{12}$/);
    expect(sdn.entities.reduce((n, e) => n + e.names.length, 0)).toBe(8976 + 11910);
    const bnc = sdn.entities.find((e) => e.entryId === '306')!;
    expect(bnc.names.map((n) => n.name)).toEqual(['BANCO NACIONAL DE CUBA', 'NATIONAL BANK OF CUBA']);
    expect(sdn.entities.filter((e) => e.identifiers.some((i) => i.type === 'IMO')).length).toBeGreaterThan(300);
    const addresses = sdn.entities.flatMap((e) => e.addresses).filter((a) => /,\s*[^,]+$/.test(a.text));
    const recognised = addresses.filter((a) => a.country).length / addresses.length;
    expect(recognised).toBeGreaterThan(0.98);
  });

  it('gives the same version for the same files, also when pointed at one of them', async () => {
    const a = await loadList(parseListSource(`ofac-consolidated:${join(DATA, 'ofac-consolidated')}`));
    const b = await loadList(parseListSource(`ofac-consolidated:${join(DATA, 'ofac-consolidated', 'cons_prim.csv')}`));
    expect(a.entities).toHaveLength(442);
    expect(b.version).toBe(a.version);
  });

  it('loads the UN consolidated list, original scripts included', async () => {
    const un = await loadList(parseListSource(`un-xml:${join(DATA, 'un', 'consolidated.xml')}`));
    expect(un.entities.filter((e) => e.kind === 'INDIVIDUAL')).toHaveLength(730);
    expect(un.entities.filter((e) => e.kind === 'ENTITY')).toHaveLength(273);
    expect(un.entities.some((e) => e.names.some((n) => n.type === 'original-script' && n.script !== 'Latin'))).toBe(true);
    expect(new Set(un.entities.map((e) => e.entryId)).size).toBe(1003);
  });

  it('loads the Denied Persons List', async () => {
    const dpl = await loadList(parseListSource(`bis-dpl:${join(DATA, 'bis-dpl', 'dpl.txt')}`));
    expect(dpl.entities).toHaveLength(581);
  });

  it('says which file is missing', async () => {
    await expect(loadList(parseListSource('ofac-sdn:/nonexistent/folder'))).rejects.toThrow(/does not exist/);
  });
});
