import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * `node dist/bench/replay-throughput.js [--per-day N] [--days N] [--workers N]`: writes a
 * generated stream (`write-declarations.js`, about 100,000 declarations by default) and replays
 * it with `chokepoint replay` against the full SDN list, as a user would: a fresh process, the
 * default rule set, decisions to a file. Reports the wall time, the rate and the peak RSS
 * (GNU time), and the rate after start-up from the replay's own summary.
 */
function main(): void {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const root = resolve(__dirname, '../..');
  const folder = mkdtempSync(join(tmpdir(), 'chokepoint-bench-replay-'));
  try {
    const input = join(folder, 'declarations.ndjson');
    const written = spawnSync('node', [join(__dirname, 'write-declarations.js'), input, '--per-day', arg('per-day', '540'), '--days', arg('days', '185')], { encoding: 'utf8' });
    if (written.status !== 0) throw new Error(written.stderr);
    const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'peak-rss-kb %M wall-s %e'] : [];
    const args = [join(root, 'dist/apps/cli/src/main.js'), 'replay', '--input', input, '--sanctions', `ofac-sdn:${resolve(root, '../shared/data/ofac-sdn')}`, '--output', join(folder, 'decisions.ndjson'), '--workers', arg('workers', '0')];
    const [command, ...rest] = time.length ? [...time, 'node', ...args] : ['node', ...args];
    const started = performance.now();
    const run = spawnSync(command, rest, { cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', EMBEDDED_DATA_DIR: join(folder, 'none') } });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(run.stderr);
    const summary = /replay \S+: (\d+) events, (\d+) decisions in ([\d.]+) s \((\d+)\/s(?:; (\d+)\/s after ([\d.]+) s loading)?/.exec(run.stderr);
    const rss = /peak-rss-kb (\d+)/.exec(run.stderr);
    console.log(JSON.stringify({
      declarations: Number(summary?.[1]),
      wallSeconds: Math.round(seconds * 10) / 10,
      declarationsPerSecondWall: Math.round(Number(summary?.[1]) / seconds),
      replaySeconds: Number(summary?.[3]),
      declarationsPerSecondReplay: Number(summary?.[4]),
      loadingSeconds: summary?.[6] ? Number(summary[6]) : null,
      declarationsPerSecondAfterLoading: summary?.[5] ? Number(summary[5]) : null,
      peakRssMb: rss ? Math.round(Number(rss[1]) / 1024) : null,
      workers: Number(arg('workers', '0')),
    }, null, 2));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main();
