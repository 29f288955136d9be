import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { declarationEvent } from '../apps/screening/src/demo/sample-declarations';
import { generateStream } from '../test/support/circumvention-stream';

/**
 * `node dist/bench/write-declarations.js <file> [--per-day N] [--days N] [--seed N]`: writes a
 * generated stream (clean traffic with planted cases) as NDJSON declaration events, one a line,
 * in event-time order: the input replay reads.
 */
async function main(): Promise<void> {
  const [file] = process.argv.slice(2);
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const stream = generateStream({ seed: arg('seed', 7), days: arg('days', 185), cleanPerDay: arg('per-day', 540), casesPerTypology: arg('cases', 30), listedStreets: [] });
  const out = createWriteStream(resolve(file));
  for (const { declaration } of stream.entries) if (!out.write(`${JSON.stringify(declarationEvent(declaration))}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(() => r()));
  process.stderr.write(`${stream.entries.length} declaration events written to ${file}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
