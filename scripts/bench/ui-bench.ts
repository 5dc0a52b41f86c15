import { chromium, type Page } from '@playwright/test';
import type { BenchInputs } from './bench-inputs';
import Database from 'better-sqlite3';
import { dataFiles } from '../../src-main/core/config/data-dir';
import { applyCipher } from '../../src-main/core/db/open-encrypted';
import { BENCH_PASSWORD, officeKey } from './bench-office';
import { stats, type Stats } from './measure';
import { ensureBuild, startServer } from './ui-server';

// The renderer in Chromium (headless) against browser mode on the seeded office: the time from
// navigation until a page has rendered its data (the `kim:<page>:ready` performance marks set
// by the components), and the time to make a consultation PDF of the print route.

export interface UiResult {
  label: string;
  stats: Stats;
  verdict: string;
}

const CHROMIUM = process.env.KIM_BENCH_CHROMIUM ?? '/usr/bin/chromium';
const RUNS = 10;

async function login(page: Page, username: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Benutzername', exact: true }).fill(username);
  await page.getByRole('textbox', { name: 'Passwort', exact: true }).fill(BENCH_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Heute' }).waitFor({ timeout: 60_000 });
}

/** Clears earlier marks, runs `act` (a navigation or click), and answers ms until the page's ready mark, or null. */
async function untilReady(page: Page, name: string, act: () => Promise<void>, timeout = 15_000): Promise<number | null> {
  const t0 = await page.evaluate(() => {
    performance.clearMarks();
    return performance.now();
  });
  await act();
  try {
    await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, `kim:${name}:ready`, { timeout });
  } catch {
    return null;
  }
  return page.evaluate(([n, start]) => performance.getEntriesByName(n as string)[0]!.startTime - (start as number), [`kim:${name}:ready`, t0] as const);
}

/** A fresh page state for each run: reload (empties the query cache), at the start page. */
async function fresh(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.reload();
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
}

async function series(label: string, targetMs: number, once: () => Promise<number | null>): Promise<UiResult> {
  const samples: number[] = [];
  await once(); // warm-up: code chunks, fonts
  for (let i = 0; i < RUNS; i++) {
    const ms = await once();
    if (ms === null) return { label, stats: stats([]), verdict: 'nicht messbar: Seite oder Messpunkt fehlt noch' };
    samples.push(ms);
  }
  const s = stats(samples);
  return { label, stats: s, verdict: s.medianMs <= targetMs ? `erreicht (< ${targetMs} ms)` : `verfehlt (Ziel < ${targetMs} ms)` };
}

async function consultationToPrint(dataDir: string): Promise<{ id: string } | null> {
  const key = await officeKey(dataDir);
  const db = new Database(dataFiles(dataDir).database, { readonly: true });
  applyCipher(db, key);
  const row = db.prepare(`SELECT id FROM consultations WHERE finalised_at IS NOT NULL ORDER BY length(summary) DESC LIMIT 1`).get() as { id: string } | undefined;
  db.close();
  return row ? { id: row.id } : null;
}

export async function uiBench(dataDir: string, x: BenchInputs, log: (s: string) => void): Promise<{ results: UiResult[] | null; note: string | null }> {
  ensureBuild(log);
  const record = await consultationToPrint(dataDir);
  const server = await startServer(dataDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    await login(page, x.leadUsername);
    const results: UiResult[] = [];
    log('UI: Fallliste …');
    results.push(await series('Fallliste benutzbar nach Navigation', 300, async () => {
      await fresh(page, '#/heute');
      return untilReady(page, 'caselist', () => page.evaluate(() => void (window.location.hash = '#/faelle')), 5_000);
    }));
    log('UI: Fallseite …');
    results.push(await series('Fallseite benutzbar nach Navigation', 300, async () => {
      await fresh(page, '#/heute');
      return untilReady(page, 'case', () => page.evaluate((id) => void (window.location.hash = `#/faelle/${id}`), x.allCaseIds[0]!), 5_000);
    }));
    log('UI: Monatsansicht Team …');
    results.push(await series('Kalender: Monatsansicht des Teams benutzbar (Klick auf „Monat“)', 500, async () => {
      await fresh(page, '#/kalender');
      await page.getByRole('button', { name: 'Team', exact: true }).click();
      await page.waitForLoadState('networkidle');
      return untilReady(page, 'calendar', () => page.getByRole('button', { name: 'Monat', exact: true }).click());
    }));
    if (record) {
      log('UI: PDF der Beratungsdokumentation …');
      results.push(await series('PDF einer Beratungsdokumentation (Druckansicht + page.pdf)', 1000, async () => {
        await fresh(page, '#/heute');
        const shown = await untilReady(page, 'print', () => page.evaluate((id) => void (window.location.hash = `#/druck/beratung/${id}/akte`), record.id));
        if (shown === null) return null;
        const t = Date.now();
        await page.pdf({ format: 'A4', printBackground: true });
        return shown + (Date.now() - t);
      }));
    }
    return { results, note: `The team month view holds ${x.monthOccurrences} appointments (occurrences; FullCalendar shows "+ weitere n" where a day is full). Each UI value: ${RUNS} runs after a warm-up, each after a page reload (empty query cache), as the team lead.` };
  } finally {
    await browser.close();
    await server.stop();
  }
}
