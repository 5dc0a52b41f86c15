import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dataFiles } from '../../src-main/core/config/data-dir';
import { isProfileName } from '../../src-main/core/seed/profiles';
import { berlinDate } from '../../src-main/core/seed/sim-time';
import { backupBench } from './backup-bench';
import { benchInputs, type BenchInputs } from './bench-inputs';
import { BENCH_PASSWORD, call, newCore, officeKey, openPlain, seededDataDir } from './bench-office';
import { coldStart } from './cold-start';
import { describeMachine } from './machine';
import { measure, measurePair } from './measure';
import { LEAD, MANAGER, OPERATIONS } from './operations';
import { makePlainCopy } from './plain-copy';
import { consoleTable, markdown, mergeSection, type OpResult } from './report';
import { TUNING_NOTES, tuningProbe } from './tuning';
import { uiBench } from './ui-bench';
import type { Registry } from '../../src-main/core/ipc/registry';

// npm run bench [-- --profile demo|large|small] [--runs 100] [--seed 1] [--reseed] [--no-ui]
// Seeds (or reuses) an office, measures the operations on it and on an unencrypted copy, backup
// and restore, and the UI in Chromium; prints a table and writes docs/benchmarks.md.

const { values } = parseArgs({
  options: {
    profile: { type: 'string', default: 'demo' },
    runs: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    reseed: { type: 'boolean', default: false },
    'no-ui': { type: 'boolean', default: false },
    out: { type: 'string', default: 'docs/benchmarks.md' },
  },
});
const log = (s: string) => process.stderr.write(`${s}\n`);

async function loginBoth(registry: Registry, x: BenchInputs): Promise<void> {
  await call(registry, LEAD, 'auth.login', { username: x.leadUsername, password: BENCH_PASSWORD });
  await call(registry, MANAGER, 'auth.login', { username: x.managerUsername, password: BENCH_PASSWORD });
}

async function main(): Promise<void> {
  const profile = values.profile!;
  if (!isProfileName(profile)) throw new Error(`Unbekanntes Profil ${profile}`);
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  const today = berlinDate(Date.now());
  const seeded = await seededDataDir(profile, seed, today, values.reseed!, log);
  const key = await officeKey(seeded.dataDir);
  const plainDir = `${seeded.dataDir}-plain`;
  log('Unverschlüsselte Kopie …');
  makePlainCopy(seeded.dataDir, key, plainDir);

  const enc = newCore(seeded.dataDir);
  await call(enc.registry, 'bench-probe', 'auth.login', { username: 'admin', password: BENCH_PASSWORD });
  const x = benchInputs(enc.core.office.database(), today);
  await call(enc.registry, 'bench-probe', 'auth.logout', {});
  await loginBoth(enc.registry, x);
  x.monthOccurrences = (await call(enc.registry, LEAD, 'appointments.range', { ...x.month, scope: 'team' })).occurrences.length;
  const plain = openPlain(plainDir, key);
  await loginBoth(plain.registry, x);

  const ops: OpResult[] = [];
  for (const op of OPERATIONS) {
    log(`Messe: ${op.label}`);
    const opRuns = op.kind === 'write' ? Math.min(runs, 50) : runs;
    if (op.kind === 'read') {
      const [encrypted, plainStats] = await measurePair((i) => op.run(enc.registry, x, i), (i) => op.run(plain.registry, x, i), opRuns);
      ops.push({ op, encrypted, plain: plainStats });
    } else {
      ops.push({ op, encrypted: await measure((i) => op.run(enc.registry, x, i), opRuns), plain: null });
    }
  }
  log('Einstellungen (cache_size, mmap_size) …');
  const tuning = await tuningProbe(enc, plain, x, Math.max(10, Math.round(runs / 3)));
  plain.core.office.seal();
  enc.core.office.seal();

  log('Kaltstart …');
  const cold = await coldStart(seeded.dataDir, x, Math.max(5, Math.min(20, Math.round(runs / 10))));
  const dbBytes = statSync(dataFiles(seeded.dataDir).database).size;
  log('Sicherung und Wiederherstellung …');
  const b = newCore(seeded.dataDir);
  const backup = await backupBench(b.core, b.registry, seeded.dataDir, dbBytes > 300 * 1024 * 1024 ? 2 : 3);
  if (b.core.office.phase === 'open') b.core.office.seal();

  const ui = values['no-ui'] ? { results: null, note: 'UI benchmark skipped (--no-ui).' } : await uiBench(seeded.dataDir, x, log).catch((e: unknown) => ({ results: null, note: `UI benchmark failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` }));
  const report = {
    machine: describeMachine(),
    date: today,
    profile,
    seed,
    counts: seeded.report.counts,
    dbBytes,
    seedSeconds: seeded.fresh ? seeded.report.seconds : null,
    runs,
    coldStart: cold,
    coldStartTarget: { ms: 1000, on: 'median' as const },
    ops,
    backup,
    ui: ui.results,
    uiNote: ui.note,
    tuning: TUNING_NOTES,
    tuningRows: tuning,
  };
  process.stdout.write(`${consoleTable(report)}\n`);
  const out = resolve(values.out!);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, mergeSection(existsSync(out) ? readFileSync(out, 'utf8') : null, profile, markdown(report)));
  log(`Geschrieben: ${out}`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
