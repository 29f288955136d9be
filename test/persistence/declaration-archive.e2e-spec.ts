import { DataSource } from 'typeorm';
import { DeclarationEventType, ExportDeclaration } from '@chokepoint/contracts';
import { DeclarationArchive, openDatabase } from '@chokepoint/persistence';
import { declarationEvent, SampleDeclarations, seededRandom } from '../../apps/screening/src/demo/sample-declarations';
import { provideTestDatabase, TestDatabase } from '../support/test-infrastructure';

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

/** Archives events in this order, as the ledger would (archive ids in arrival order). */
async function archive(events: { d: ExportDeclaration; type?: DeclarationEventType }[], by = 'instance-a'): Promise<void> {
  for (const { d, type } of events) {
    const event = declarationEvent(d, type);
    await dataSource.query(
      `INSERT INTO declaration_event (event_id, declaration_id, revision, event_type, submitted_at, received_at, source_topic, source_partition, source_offset, payload, archived_by)
       VALUES ($1, $2, $3, $4, $5, now(), 't', 0, 0, $6, $7)`,
      [event.id, d.declarationId, d.revision, event.type, d.submittedAt, JSON.stringify(event), by],
    );
  }
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
    const after = await archive_.eventsAfter('0', [], 'instance-b');
    expect(after).toHaveLength(9);
    expect(after.filter((r) => r.event).map((r) => `${r.event!.data.declarationId}:${r.event!.data.revision}:${r.event!.type.split('.')[2]}`)).toEqual(read);
  });
});
