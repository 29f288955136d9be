import { DataSource } from 'typeorm';
import { DeclarationEventType, ExportDeclaration } from '@chokepoint/contracts';
import { DeclarationArchive, openDatabase } from '@chokepoint/persistence';
import { declarationEvent, SampleDeclarations, seededRandom } from '../../apps/screening/src/demo/sample-declarations';
import { provideTestDatabase, TestDatabase } from '../support/test-infrastructure';
import { screenIntoLedger } from '../support/held-declarations';

jest.setTimeout(60_000);

const samples = new SampleDeclarations(seededRandom(5), {});
let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await provideTestDatabase();
  dataSource = await openDatabase({ url: database.url, schema: database.schema, poolSize: 2 });
});

afterAll(async () => {
  await dataSource?.destroy();
  await database?.stop();
});

/** Archives and decides events in this order, through the live service's own write path. */
async function archive(events: { d: ExportDeclaration; type?: DeclarationEventType }[]): Promise<void> {
  await screenIntoLedger(dataSource, events.map(({ d, type }) => declarationEvent(d, type)), new Date('2026-11-20T09:00:00Z'));
}

const WITHDRAWN: DeclarationEventType = 'customs.export-declaration.withdrawn.v1';

describe('the declaration archive, read for the history', () => {
  it('leaves out what the lifecycle only archived: a late older revision, a stale withdrawal, a revision after its withdrawal', async () => {
    const at = new Date('2026-11-20T08:00:00Z');
    const b = samples.declaration(at, 'ARC-B');
    const c = samples.declaration(at, 'ARC-C');
    const d = samples.declaration(at, 'ARC-D');
    await archive([
      { d: { ...b, revision: 2 } },
      { d: { ...b, revision: 1 } }, // late: superseded by revision 2
      { d: { ...b, revision: 1 }, type: WITHDRAWN }, // stale withdrawal
      { d: { ...b, revision: 2 }, type: WITHDRAWN }, // withdraws revision 2: taken in
      { d: c },
      { d: c, type: WITHDRAWN },
      { d: c, type: 'customs.export-declaration.amended.v1' }, // same revision after its withdrawal: archived only
      { d: { ...c, revision: 1 } }, // a new revision after the withdrawal: screened again
      { d },
    ]);
    const archive_ = new DeclarationArchive(dataSource);
    const read: string[] = [];
    for await (const page of archive_.eventsFrom(new Date('2026-01-01T00:00:00Z'))) for (const row of page) read.push(`${row.event.data.declarationId}:${row.event.data.revision}:${row.event.type.split('.')[2]}`);
    expect(read).toEqual(['ARC-B:2:amended', 'ARC-B:2:withdrawn', 'ARC-C:0:submitted', 'ARC-C:0:withdrawn', 'ARC-C:1:amended', 'ARC-D:0:submitted']);

    // Another instance catching up sees the same, and still gets every id to move its watermark past.
    const after = await archive_.eventsAfter('0', [], 'another-instance');
    expect(after).toHaveLength(9);
    expect(after.filter((r) => r.event).map((r) => `${r.event!.data.declarationId}:${r.event!.data.revision}:${r.event!.type.split('.')[2]}`)).toEqual(read);
  });
});
