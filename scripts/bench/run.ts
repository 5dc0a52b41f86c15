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
import { backupSection, consoleTable, markdown, mergeSection, partialMarkdown, type OpResult } from './report';
import { TUNING_NOTES, tuningProbe } from './tuning';
import { uiBench } from './ui-bench';
import type { Registry } from '../../src-main/core/ipc/registry';

// npm run bench [-- --profile demo|large|small] [--runs 100] [--seed 1] [--reseed] [--no-ui]
// Seeds (or reuses) an office, measures the operations on it and on an unencrypted copy, backup
// and restore, and the UI in Chromium; prints a table and writes docs/benchmarks.md.
// `--only backup --out FILE` measures backup and restore alone (for work on them) and writes FILE;
// `--only month-team,today --out FILE` measures just those operations (keys, or words of their
// labels) on both databases. docs/benchmarks.md only ever gets complete runs.

const { values } = parseArgs({
  options: {
    profile: { type: 'string', default: 'demo' },
    runs: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    reseed: { type: 'boolean', default: false },
    'no-ui': { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string' },
  },
});
const log = (s: string) => process.stderr.write(`${s}\n`);

async function loginBoth(registry: Registry, x: BenchInputs): Promise<void> {
  await call(registry, LEAD, 'auth.login', { username: x.leadUsername, password: BENCH_PASSWORD });
  await call(registry, MANAGER, 'auth.login', { username: x.managerUsername, password: BENCH_PASSWORD });
}

/** Backup and restore of the seeded office, as in a full run; a small report of its own. */
async function backupOnly(profile: string, dataDir: string, out: string): Promise<void> {
  const dbBytes = statSync(dataFiles(dataDir).database).size;
  log('Sicherung und Wiederherstellung …');
  const b = newCore(dataDir);
  const backup = await backupBench(b.core, b.registry, dataDir, backupRuns(dbBytes));
  if (b.core.office.phase === 'open') b.core.office.seal();
  const m = describeMachine();
  const section = `## Profile \`${profile}\`: backup and restore only\n\n${berlinDate(Date.now())}; ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM, Node ${m.node}.\n\n${backupSection(backup)}\n`;
  process.stdout.write(`${section}\n`);
  writeFileSync(out, section);
  log(`Geschrieben: ${out}`);
}

/** The operations `--only` names, by key or by a word of their label; unknown names are refused. */
function selectOperations(names: string[]): typeof OPERATIONS {
  const matches = (op: (typeof OPERATIONS)[number], name: string) => op.key === name || op.label.toLowerCase().includes(name.toLowerCase());
  for (const name of names) if (!OPERATIONS.some((op) => matches(op, name))) throw new Error(`--only: keine Operation "${name}" (Schlüssel: ${OPERATIONS.map((o) => o.key).join(', ')})`);
  return OPERATIONS.filter((op) => names.some((name) => matches(op, name)));
}

/** Fewer runs for a large database: each backup run takes a while. */
const backupRuns = (dbBytes: number) => (dbBytes > 300 * 1024 * 1024 ? 2 : 3);

async function main(): Promise<void> {
  const profile = values.profile!;
  if (!isProfileName(profile)) throw new Error(`Unbekanntes Profil ${profile}`);
  if (values.only && !values.out) throw new Error('--only braucht --out DATEI: docs/benchmarks.md hält nur vollständige Läufe.');
  const only = values.only && values.only !== 'backup' ? values.only.split(',') : null;
  const selected = only ? selectOperations(only) : OPERATIONS;
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  const today = berlinDate(Date.now());
  const seeded = await seededDataDir(profile, seed, today, values.reseed!, log);
  if (values.only === 'backup') return backupOnly(profile, seeded.dataDir, resolve(values.out!));
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
  for (const op of selected) {
    log(`Messe: ${op.label}`);
    const opRuns = op.kind === 'write' ? Math.min(runs, 50) : runs;
    if (op.kind === 'read') {
      const [encrypted, plainStats] = await measurePair((i) => op.run(enc.registry, x, i), (i) => op.run(plain.registry, x, i), opRuns);
      ops.push({ op, encrypted, plain: plainStats });
    } else {
      ops.push({ op, encrypted: await measure((i) => op.run(enc.registry, x, i), opRuns), plain: null });
    }
  }
  if (only) {
    plain.core.office.seal();
    enc.core.office.seal();
    const section = partialMarkdown(profile, today, runs, only, ops);
    process.stdout.write(`${section}\n`);
    writeFileSync(resolve(values.out!), section);
    log(`Geschrieben: ${values.out}`);
    return;
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
  const backup = await backupBench(b.core, b.registry, seeded.dataDir, backupRuns(dbBytes));
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
  const out = resolve(values.out ?? 'docs/benchmarks.md');
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, mergeSection(existsSync(out) ? readFileSync(out, 'utf8') : null, profile, markdown(report)));
  log(`Geschrieben: ${out}`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
