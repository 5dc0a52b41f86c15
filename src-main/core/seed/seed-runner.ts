import { performance } from 'node:perf_hooks';
import { appendAudit } from '../audit/audit-log';
import { inTransaction, type OfficeDb } from '../db/open-encrypted';
import { AppError } from '../errors';
import type { AppCore } from '../ipc/app-core';
import { caseStory } from './case-story';
import type { CasePlan } from './case-state';
import { setUpOffice } from './office-setup';
import { officeStories } from './office-stories';
import { PROFILES, type ProfileName } from './profiles';
import { Prng } from './prng';
import { runStories } from './scheduler';
import { tuneForSeeding } from './seed-connection';
import { SeedApi, type SeedUser } from './seed-api';
import { addDays, berlinDate, berlinMs, DAY_MS, officeMoment, simClock } from './sim-time';
import type { SeedWorld } from './world';

// Seeds an opened, empty office with a synthetic history: the office is set up at the start of
// the history, then every case's story and the office's own stories run interleaved in time
// order through the regular channels, in batches of one transaction each.

export interface SeedOptions {
  profile: ProfileName;
  seed: number;
  /** "Today" of the seeded office (YYYY-MM-DD, Berlin); the history ends on its morning. */
  referenceDate: string;
  /** Password of every staff account the seed creates (test and demo data only). */
  staffPassword: string;
  onProgress?: (line: string) => void;
  /** Overrides the profile's choice of the bulk path (tests check both paths on the small profile). */
  bulk?: boolean;
}

export interface SeedReport {
  profile: ProfileName;
  seed: number;
  referenceDate: string;
  calls: number;
  seconds: number;
  counts: Record<string, number>;
  staff: { username: string; role: string }[];
  /** Calls and milliseconds per channel. */
  perChannel: Record<string, { calls: number; ms: number }>;
}

const COUNTED = ['persons', 'households', 'cases', 'notes', 'consultations', 'appointments', 'follow_ups', 'partners', 'consents', 'referrals', 'documents', 'barriers', 'audit_events'];

function countRows(db: OfficeDb): Record<string, number> {
  return Object.fromEntries(COUNTED.map((t) => [t, (db.raw.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
}

function casePlans(w: SeedWorld): CasePlan[] {
  const { profile } = w;
  const total = profile.householdCases + profile.singleCases;
  const byKommune = w.kommunen.map((_, i) => w.caseManagers.filter((_, j) => j % w.kommunen.length === i));
  const weights = w.kommunen.map((k, i) => [i, k.town.weight] as const);
  const plans: CasePlan[] = [];
  for (let index = 0; index < total; index++) {
    const rng = w.rng.fork(`case-${index}`);
    const k = rng.weighted(weights);
    const local = byKommune[k]!.length > 0 ? byKommune[k]! : w.caseManagers;
    const lead = rng.pick(local);
    const partner = rng.chance(0.1) ? rng.pick(w.caseManagers.filter((m) => m !== lead)) : undefined;
    const openDay = rng.int(7, Math.floor((w.endMs - w.startMs) / DAY_MS) - 1);
    plans.push({
      index,
      rng,
      kommune: w.kommunen[k]!,
      managers: partner ? [lead, partner] : [lead],
      withHousehold: rng.chance(profile.householdCases / total),
      openedMs: officeMoment(rng, addDays(berlinDate(w.startMs), openDay)),
      lengthDays: rng.around(240, 170, 45, 720),
    });
  }
  return plans;
}

/** Commits every `steps` service calls: big transactions, but a bounded WAL. */
function batchCommitter(db: OfficeDb, steps: number): { step(): void; finish(): void; abort(): void } {
  let pending = 0;
  db.raw.exec('BEGIN IMMEDIATE');
  return {
    step() {
      if (++pending < steps) return;
      db.raw.exec('COMMIT');
      db.raw.exec('BEGIN IMMEDIATE');
      pending = 0;
    },
    finish: () => db.raw.exec('COMMIT'),
    abort: () => {
      if (db.raw.inTransaction) db.raw.exec('ROLLBACK');
    },
  };
}

export async function seedOffice(core: AppCore, admin: SeedUser, opts: SeedOptions): Promise<SeedReport> {
  const db = core.office.database();
  const existing = db.raw.prepare('SELECT count(*) AS n FROM cases').get() as { n: number };
  if (existing.n > 0) throw new AppError('CONFLICT', 'Die Datenbank enthält bereits Fälle. Testdaten werden nur in eine neu eingerichtete, leere Installation geschrieben.');
  const profile = PROFILES[opts.profile];
  const started = performance.now();
  const startMs = berlinMs(addDays(opts.referenceDate, -Math.round(profile.historyMonths * 30.4) - 14), '07:00');
  const clock = simClock(startMs);
  const api = new SeedApi(core, clock, opts.bulk ?? profile.bulk);
  api.actAs(admin);
  const w: SeedWorld = {
    api,
    rng: new Prng(opts.seed),
    profile,
    referenceDate: opts.referenceDate,
    startMs,
    endMs: berlinMs(opts.referenceDate, '07:00'),
    admin,
    staffPassword: opts.staffPassword,
    teamLeads: [],
    caseManagers: [],
    kommunen: [],
    partners: [],
    volunteerIds: [],
    barriers: [],
    counts: { documents: 0, documentBytes: 0, barrierLinks: 0 },
  };
  const untune = tuneForSeeding(db);
  const batch = batchCommitter(db, profile.stepsPerCommit);
  let lastReport = started;
  try {
    await setUpOffice(w);
    const stories = [...officeStories(w), ...casePlans(w).map((p) => caseStory(w, p))];
    await runStories(stories, clock, () => {
      batch.step();
      const now = performance.now();
      if (opts.onProgress && now - lastReport > 5_000) {
        lastReport = now;
        opts.onProgress(`${api.calls} Aufrufe, simuliert bis ${berlinDate(clock.now())}`);
      }
    });
    batch.finish();
  } catch (e) {
    batch.abort();
    throw e;
  } finally {
    untune();
  }
  // One marker in the audit trail: this office holds generated test data.
  inTransaction(db, () => appendAudit(db, { userId: admin.id, action: 'seed.run' }, new Date(w.endMs)));
  return {
    profile: opts.profile,
    seed: opts.seed,
    referenceDate: opts.referenceDate,
    calls: api.calls,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    counts: countRows(db),
    staff: [...w.teamLeads, ...w.caseManagers].map((u) => ({ username: u.username, role: u.role })),
    perChannel: Object.fromEntries([...api.perChannel].map(([c, s]) => [c, { calls: s.calls, ms: Math.round(s.ms) }])),
  };
}
