import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible } from './fixtures/a11y';
import { invokeApi } from './fixtures/api';
import { expect, test } from './fixtures/browser-app';
import { ADMIN, heading, setupOfficeViaApi } from './fixtures/office';

// Synthetic data only. The week of Tuesday 2 March 2027 (KW 9) is used so the test does not
// depend on today's date.
const CASE_WORKER = { username: 'frieda.fm', displayName: 'Frieda Fallmanagement (synthetisch)', password: 'Kalender-Passwort-42' };
const CLIENT = { givenNames: 'Amira', familyName: 'Haddadtest' };
const TITLE = 'Beratung Wohnungssuche';

async function caseWorkerWithCase(url: string): Promise<{ caseNumber: string }> {
  await setupOfficeViaApi(url);
  await invokeApi(url, 'auth.login', { username: ADMIN.username, password: ADMIN.password });
  const kommune = await invokeApi(url, 'kommunen.save', { name: 'Musterhausen (synthetisch)' });
  await invokeApi(url, 'users.create', { ...CASE_WORKER, role: 'fallmanagement' });
  await invokeApi(url, 'auth.logout', {});
  await invokeApi(url, 'auth.login', { username: CASE_WORKER.username, password: CASE_WORKER.password });
  const c = await invokeApi(url, 'cases.create', {
    kommuneId: kommune.id,
    intakeReason: 'Wohnungssuche (synthetisch)',
    firstContactOn: '2026-01-15',
    members: [{ person: { ...CLIENT, interpreterNeeded: true, interpreterLanguage: 'Arabisch' } }],
  });
  return { caseNumber: c.caseNumber };
}

// Tall enough that the whole working day of the week view fits (drag and drop needs both ends on screen).
test.use({ viewport: { width: 1400, height: 1500 } });

const dialog = (page: Page, name: string) => page.getByRole('dialog', { name });

async function pick(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function fillTimes(page: Page, date: string, from: string, to: string) {
  await page.getByLabel('Datum Beginn').fill(date);
  await page.getByLabel('Uhrzeit Beginn').fill(from);
  await page.getByLabel('Datum Ende').fill(date);
  await page.getByLabel('Uhrzeit Ende').fill(to);
}

const eventIn = (page: Page, date: string, text: string) =>
  page.locator(`.kim-calendar [data-date="${date}"]`).getByText(text, { exact: false }).first();

test('Kalender: Sprechzeiten, Serientermin für einen Fall, Doppelbelegung, Verschieben (Maus und Tastatur), Absagen, Export, Brief auf Arabisch', async ({ page, app }) => {
  const { caseNumber } = await caseWorkerWithCase(app.url);
  await page.goto(app.url);
  await expect(heading(page, 'Heute')).toBeVisible();
  await page.getByRole('link', { name: 'Kalender' }).click();
  await expect(heading(page, 'Kalender')).toBeVisible();
  await page.getByLabel('Gehe zu Datum').fill('2027-03-02');
  await expect(page.getByTestId('calendar-title')).toContainText('KW 9');

  // Office days: Tuesday 08:30–16:00 in the Rathaus, shaded in the week.
  await page.getByRole('button', { name: 'Sprechzeiten' }).click();
  const officeDays = dialog(page, 'Sprechzeiten');
  await officeDays.getByRole('button', { name: 'Zeit hinzufügen' }).click();
  await officeDays.getByLabel('Ort').fill('Rathaus');
  await officeDays.getByRole('button', { name: 'Speichern' }).click();
  await expect(officeDays).toBeHidden();
  await expect(eventIn(page, '2027-03-02', 'Sprechzeit Rathaus')).toBeVisible();

  // A weekly series for the case, booked in the dialog.
  await page.getByRole('button', { name: 'Neuer Termin' }).click();
  const create = dialog(page, 'Neuer Termin');
  await create.getByLabel('Titel').fill(TITLE);
  await fillTimes(page, '2027-03-02', '10:00', '11:00');
  await create.getByLabel('Fall').fill(caseNumber);
  await page.getByRole('option', { name: new RegExp(caseNumber) }).click();
  await expect(create.getByLabel(`${CLIENT.givenNames} ${CLIENT.familyName}`)).toBeChecked();
  await pick(page, 'Wiederholung', 'Wöchentlich');
  await expect(create.getByLabel('Dienstag')).toBeChecked();
  await expectAccessible(page, 'Termin-Dialog');
  await create.getByRole('button', { name: 'Speichern' }).click();
  await expect(create).toBeHidden();
  await expect(eventIn(page, '2027-03-02', TITLE)).toBeVisible();
  await expectAccessible(page, 'Kalender Woche');

  // Double booking: the warning shows before saving, saving needs a confirmation.
  await page.getByRole('button', { name: 'Neuer Termin' }).click();
  const second = dialog(page, 'Neuer Termin');
  await second.getByLabel('Titel').fill('Teamsitzung');
  await fillTimes(page, '2027-03-09', '10:30', '11:30');
  await expect(second.getByTestId('booking-warnings')).toContainText('Mitarbeitende schon verplant');
  await second.getByRole('button', { name: 'Speichern' }).click();
  await expect(second.getByRole('button', { name: 'Trotzdem speichern' })).toBeVisible();
  await second.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(second).toBeHidden();

  // Drag and drop one occurrence from 10:00 to 12:00 ("nur dieser Termin").
  const source = eventIn(page, '2027-03-02', TITLE);
  const from = await source.boundingBox();
  const ten = await page.locator('.kim-calendar [data-time="10:00:00"]').first().boundingBox();
  const twelve = await page.locator('.kim-calendar [data-time="12:00:00"]').first().boundingBox();
  if (!from || !ten || !twelve) throw new Error('calendar layout not found');
  const x = from.x + from.width / 2;
  await page.mouse.move(x, from.y + 5);
  await page.mouse.down();
  await page.mouse.move(x, from.y + 20, { steps: 5 });
  await page.mouse.move(x, from.y + 5 + (twelve.y - ten.y), { steps: 10 });
  await page.mouse.up();
  const scope = dialog(page, 'Serientermin ändern');
  await expect(scope).toBeVisible();
  await scope.getByRole('button', { name: 'Weiter' }).click();
  await expect(scope).toBeHidden();
  await expect.poll(async () => {
    const r = await invokeApi(app.url, 'appointments.range', { from: '2027-03-02', to: '2027-03-03' });
    return r.occurrences.map((o) => o.startUtc);
  }).toEqual(['2027-03-02T11:00:00Z']);

  // Cancel the next occurrence only: it stays visible, struck through.
  await page.getByRole('button', { name: 'Nächster Zeitraum' }).click();
  await expect(page.getByTestId('calendar-title')).toContainText('KW 10');
  await eventIn(page, '2027-03-09', TITLE).click();
  const edit = dialog(page, 'Termin bearbeiten');
  await edit.getByRole('button', { name: 'Termin absagen' }).click();
  await dialog(page, 'Termin absagen').getByLabel('Grund der Absage').fill('Klientin krank');
  await dialog(page, 'Termin absagen').getByRole('button', { name: 'Absagen' }).click();
  await dialog(page, 'Serientermin ändern').getByRole('button', { name: 'Weiter' }).click();
  const cancelled = eventIn(page, '2027-03-09', `Abgesagt: ${TITLE}`);
  await expect(cancelled).toBeVisible();
  await expect(page.locator('.kim-calendar .kim-cancelled').first()).toBeVisible();

  // Export the visible week: VTIMEZONE, and no client name by default.
  await page.getByRole('button', { name: 'Exportieren (.ics)' }).click();
  const download = page.waitForEvent('download');
  await dialog(page, 'Termine exportieren (.ics)').getByRole('button', { name: 'Exportieren' }).click();
  const file = await (await download).path();
  const ics = readFileSync(file, 'utf8');
  expect(ics).toContain('BEGIN:VTIMEZONE');
  expect(ics).toContain('TZID:Europe/Berlin');
  expect(ics).toContain('SUMMARY:Beratungstermin');
  expect(ics).not.toContain(CLIENT.familyName);
  expect(ics).not.toContain(CLIENT.givenNames);

  // Keyboard instead of the mouse: Alt+Arrow down moves the next occurrence by 15 minutes.
  await page.getByRole('button', { name: 'Nächster Zeitraum' }).click();
  await expect(page.getByTestId('calendar-title')).toContainText('KW 11');
  await page.locator('.kim-calendar [data-date="2027-03-16"]').getByRole('button', { name: new RegExp(TITLE) }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  const keyScope = dialog(page, 'Serientermin ändern');
  await keyScope.getByRole('button', { name: 'Weiter' }).click();
  await expect(keyScope).toBeHidden();
  await expect.poll(async () => {
    const r = await invokeApi(app.url, 'appointments.range', { from: '2027-03-16', to: '2027-03-17' });
    return r.occurrences.map((o) => o.startUtc);
  }).toEqual(['2027-03-16T09:15:00Z']);
  await page.getByRole('button', { name: 'Vorheriger Zeitraum' }).click();
  await expect(page.getByTestId('calendar-title')).toContainText('KW 10');

  // The other views pass axe too.
  for (const view of ['Monat', 'Liste', 'Tag', 'Arbeitswoche']) {
    await page.getByRole('button', { name: view, exact: true }).click();
    await expectAccessible(page, `Kalender ${view}`);
  }
  await page.getByRole('button', { name: 'Woche', exact: true }).click();

  // Confirmation letter in German and Arabic, printed as A4 PDF.
  await eventIn(page, '2027-03-09', TITLE).click();
  await pick(page, 'Sprache der Bestätigung', 'العربية');
  await dialog(page, 'Termin bearbeiten').getByRole('link', { name: 'Terminbestätigung drucken' }).click();
  await expect(heading(page, 'Terminbestätigung')).toBeVisible();
  await expect(page.getByTestId('letter-ar')).toHaveAttribute('dir', 'rtl');
  await expectAccessible(page, 'Terminbestätigung');
  const dir = mkdtempSync(join(tmpdir(), 'kim-letter-'));
  try {
    const pdf = join(dir, 'brief.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Bitte bringen Sie Ihren Ausweis und Ihre Unterlagen mit.');
    expect(text).toContain('09.03.2027');
    expect(text).toMatch(/الوثائق|الهوية/);
    expect(text).not.toContain('Termine mit der Tab-Taste');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
