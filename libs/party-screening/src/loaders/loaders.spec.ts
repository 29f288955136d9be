import { parseBisDpl } from './bis-dpl';
import { parseOfacCsv } from './ofac-csv';
import { parseUnXml } from './un-xml';

describe('OFAC CSV loader', () => {
  const files = {
    primary: [
      '15036,"ARTAVIL",vessel ,"IRAN] [SDGT",-0- ,"9BQF3",-0- ,-0- ,-0- ,"Iran",-0- ,"Vessel Registration Identification IMO 9187629; MMSI 422032000; Linked To: NATIONAL IRANIAN TANKER COMPANY."',
      '9640,"ABU TEIR, Khaled","individual","NS-PLC",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1951; Passport A1234567 (Iran); Nationality Syria; Email Address Info@Example.com; SWIFT/BIC BNACCUHH."',
      '306,"BANCO NACIONAL DE CUBA",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Registration Number 7707083893 (Russia); Tax ID No. 7701234567 (Russia); Phone Number 74957830010"',
    ].join('\n'),
    alternates: ['15036,1,"fka","ABADAN",-0- ', '9640,2,"aka","ABU TAYR, Khalid",-0- ', '306,3,"aka","NATIONAL BANK OF CUBA",-0- '].join('\n'),
    addresses: ['306,10,"Zweierstrasse 35","Zurich CH-8022","Switzerland",-0- ', '306,11,-0- ,"Havana","Cuba",-0- '].join('\n'),
    comments: '9640,"Additional remark."',
  };
  const [vessel, person, bank] = parseOfacCsv('ofac-sdn', files);

  it('reads kinds, names with their alias types, and programs', () => {
    expect(vessel).toMatchObject({ list: 'ofac-sdn', entryId: '15036', kind: 'VESSEL', programs: ['IRAN', 'SDGT'] });
    expect(vessel.names).toEqual([
      { name: 'ARTAVIL', type: 'primary', script: 'Latin' },
      { name: 'ABADAN', type: 'fka', script: 'Latin' },
    ]);
    expect(person.kind).toBe('INDIVIDUAL');
    expect(bank.kind).toBe('ENTITY');
  });

  it('takes identifiers and nationalities out of the remarks', () => {
    expect(vessel.identifiers).toEqual(
      expect.arrayContaining([{ type: 'IMO', value: '9187629' }, { type: 'MMSI', value: '422032000' }, { type: 'CALL_SIGN', value: '9BQF3' }]),
    );
    expect(vessel.countries).toEqual(['IR']);
    expect(person.identifiers).toEqual(
      expect.arrayContaining([{ type: 'PASSPORT', value: 'A1234567', country: 'IR' }, { type: 'EMAIL', value: 'info@example.com' }, { type: 'SWIFT', value: 'BNACCUHH' }]),
    );
    expect(person.countries).toEqual(['SY']);
    expect(person.remarks).toContain('Additional remark.');
    expect(bank.identifiers).toEqual([
      { type: 'REGISTRATION', value: '7707083893', country: 'RU' },
      { type: 'TAX_ID', value: '7701234567', country: 'RU' },
      { type: 'PHONE', value: '74957830010' },
    ]);
  });

  it('reads addresses with their countries as ISO codes', () => {
    expect(bank.addresses).toEqual([
      { text: 'Zweierstrasse 35, Zurich CH-8022, Switzerland', country: 'CH' },
      { text: 'Havana, Cuba', country: 'CU' },
    ]);
    expect(bank.countries).toEqual(['CH', 'CU']);
  });
});

describe('UN XML loader', () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z">
  <INDIVIDUALS><INDIVIDUAL>
    <DATAID>6908555</DATAID><FIRST_NAME>KIM</FIRST_NAME><SECOND_NAME>SOK</SECOND_NAME><THIRD_NAME>SAM</THIRD_NAME>
    <UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPi.033</REFERENCE_NUMBER><LISTED_ON>2017-08-05</LISTED_ON>
    <NAME_ORIGINAL_SCRIPT>김석삼</NAME_ORIGINAL_SCRIPT>
    <NATIONALITY><VALUE>Democratic People's Republic of Korea</VALUE></NATIONALITY>
    <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Kim Sok-sam</ALIAS_NAME></INDIVIDUAL_ALIAS>
    <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>KSS</ALIAS_NAME></INDIVIDUAL_ALIAS>
    <INDIVIDUAL_ADDRESS><CITY>Dandong</CITY><COUNTRY>China</COUNTRY></INDIVIDUAL_ADDRESS>
    <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>472320665</NUMBER><ISSUING_COUNTRY>Democratic People's Republic of Korea</ISSUING_COUNTRY></INDIVIDUAL_DOCUMENT>
  </INDIVIDUAL></INDIVIDUALS>
  <ENTITIES><ENTITY>
    <DATAID>110402</DATAID><FIRST_NAME>KOREA MINING DEVELOPMENT TRADING CORPORATION</FIRST_NAME>
    <UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPe.001</REFERENCE_NUMBER>
    <ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>KOMID</ALIAS_NAME></ENTITY_ALIAS>
    <ENTITY_ADDRESS><STREET>Central District</STREET><CITY>Pyongyang</CITY><COUNTRY>Democratic People's Republic of Korea</COUNTRY></ENTITY_ADDRESS>
  </ENTITY></ENTITIES>
</CONSOLIDATED_LIST>`;
  const [person, company] = parseUnXml(xml);

  it('joins name parts and keeps the original script and alias quality', () => {
    expect(person).toMatchObject({ list: 'un-xml', entryId: 'KPi.033', kind: 'INDIVIDUAL', programs: ['DPRK'], listedOn: '2017-08-05' });
    expect(person.names).toEqual([
      { name: 'KIM SOK SAM', type: 'primary', script: 'Latin' },
      { name: '김석삼', type: 'original-script', script: 'Hangul' },
      { name: 'Kim Sok-sam', type: 'aka', script: 'Latin' },
      { name: 'KSS', type: 'weak-aka', script: 'Latin' },
    ]);
  });

  it('reads documents, addresses and nationality as ISO countries', () => {
    expect(person.identifiers).toEqual([{ type: 'PASSPORT', value: '472320665', country: 'KP' }]);
    expect(person.addresses).toEqual([{ text: 'Dandong, China', country: 'CN' }]);
    expect(person.countries).toEqual(['CN', 'KP']);
    expect(company).toMatchObject({ entryId: 'KPe.001', kind: 'ENTITY', countries: ['KP'] });
    expect(company.names.map((n) => n.name)).toEqual(['KOREA MINING DEVELOPMENT TRADING CORPORATION', 'KOMID']);
  });

  it('refuses a document that is not the UN list', () => {
    expect(() => parseUnXml('<sdnList></sdnList>')).toThrow(/CONSOLIDATED_LIST/);
  });
});

describe('BIS Denied Persons List loader', () => {
  const tsv = [
    '"Name"\t"Street_Address"\t"City"\t"State"\t"Country"\t"Postal_Code"\t"Effective_Date"\t"Expiration_Date"\t"Standard_Order"\t"Last_Update"\t"Action"\t"FR_Citation"',
    '"MAHAN AIRWAYS"\t"MAHAN AIR GENERAL BUILDING, NO. 21 AZADEGAN STREET"\t"TEHRAN"\t""\t"IR"\t""\t"03/17/2008"\t"03/17/2027"\t"N"\t"2026-03-17"\t"RENEWAL"\t"91 F.R. 1234"',
    '"TOBIAS ABRAHAM VILLA"\t"3415 RIVERA AVENUE"\t"EL PASO"\t"TX"\t""\t"79905"\t"08/24/2022"\t"01/14/2026"\t"Y"\t"2022-08-29"\t"F.R. NOTICE ADDED"\t"87 F.R. 52741"',
  ].join('\n');
  const [airline, person] = parseBisDpl(tsv);

  it('reads names, addresses, countries and the order dates', () => {
    expect(airline).toMatchObject({ list: 'bis-dpl', kind: 'UNKNOWN', programs: ['DPL'], countries: ['IR'], listedOn: '2008-03-17', validUntil: '2027-03-17' });
    expect(airline.names).toEqual([{ name: 'MAHAN AIRWAYS', type: 'primary', script: 'Latin' }]);
    expect(airline.addresses[0].text).toBe('MAHAN AIR GENERAL BUILDING, NO. 21 AZADEGAN STREET, TEHRAN, IR');
    expect(person.countries).toEqual([]);
  });

  it('derives a stable entry id from the order', () => {
    expect(parseBisDpl(tsv)[0].entryId).toBe(airline.entryId);
    expect(airline.entryId).toMatch(/^[0-9a-f]{12}$/);
    expect(person.entryId).not.toBe(airline.entryId);
  });
});
