import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT_WITH_PARENT, startChildService } from '@chokepoint/config';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * PostgreSQL compiled to WebAssembly (PGlite), served on a loopback port by pglite-socket so that
 * `pg` and TypeORM talk to it as to any server. It runs in a child process, which keeps query
 * execution off the service's event loop. PGlite has one session: clients must use a single
 * connection, or the server would interleave the statements of concurrent transactions.
 * `dataDir` undefined keeps the database in memory.
 */
const SCRIPT = (pglite: string, socket: string, dataDir: string | undefined) => `
const { PGlite } = require(${JSON.stringify(pglite)});
const { PGLiteSocketServer } = require(${JSON.stringify(socket)});
let db, server;
async function shutdown() {
  try { if (server) await server.stop(); if (db) await db.close(); } finally { process.exit(0); }
}
(async () => {
  db = await PGlite.create(${dataDir ? `{ dataDir: ${JSON.stringify(dataDir)} }` : 'undefined'});
  server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  process.stdout.write('READY ' + server.getServerConn() + '\\n');
})().catch((err) => { process.stderr.write('embedded PostgreSQL: ' + err.stack + '\\n'); process.exit(1); });
${EXIT_WITH_PARENT}`;

export async function startEmbeddedPostgres(dataDir?: string): Promise<EmbeddedPostgres> {
  const dir = dataDir ? resolve(dataDir) : undefined;
  if (dir) mkdirSync(dir, { recursive: true });
  const unlock = dir ? lockDataDir(dir) : () => undefined;
  try {
    const child = await startChildService('the embedded PostgreSQL', SCRIPT(require.resolve('@electric-sql/pglite'), require.resolve('@electric-sql/pglite-socket'), dir));
    return { url: `postgres://postgres@${child.address}/postgres`, stop: () => child.stop().finally(unlock) };
  } catch (error) {
    unlock();
    throw error;
  }
}

/**
 * One process at a time on a data folder: two PGlite instances on the same files would corrupt
 * them (a CLI command while `npm start` runs, say). A lock left by a process that died is taken over.
 */
function lockDataDir(dir: string): () => void {
  const lock = `${dir}.lock`;
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number(readFileSync(lock, 'utf8'));
    if (holder && holder !== process.pid && isRunning(holder)) {
      throw new Error(`the embedded database in ${dir} is in use by process ${holder}; stop it, or set DATABASE_URL to a PostgreSQL server`);
    }
    writeFileSync(lock, String(process.pid));
  }
  return () => rmSync(lock, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
