import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expectAccessible } from './fixtures/a11y';
import { invokeApi } from './fixtures/api';
import { expect, test } from './fixtures/browser-app';
import { ADMIN, OFFICE, field, heading, setupOfficeViaApi } from './fixtures/office';

// Synthetic people and staff only.
const CASE_MANAGER = { username: 'fall.bericht', displayName: 'Kim Fallbeispiel', password: 'Bericht-Passphrase-42' };
const PEOPLE = [
  { familyName: 'Beispielowa', givenNames: 'Olena' },
  { familyName: 'Beispielowa', givenNames: 'Mira' },
];
const BARRIER = 'Termin bei der Ausländerbehörde erst nach Monaten';
const NOTE = 'Aufenthaltstitel läuft im März ab';
const INTERPRETER = { name: 'Dolmetscherin Beispielhaft', language: 'Ukrainisch' };
const SECRETS = [...PEOPLE.flatMap((p) => [p.familyName, p.givenNames]), 'Einzelfall', 'Testperson', CASE_MANAGER.displayName, ADMIN.displayName, NOTE, INTERPRETER.name];

const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());

/** A finalised Hausbesuch with an interpreter, today, through the API. */
async function homeVisit(appUrl: string, caseId: string, personId: string): Promise<void> {
  const { consultation } = await invokeApi(appUrl, 'consultations.create', { caseId });
  const content = { date: today(), form: 'hausbesuch' as const, personIds: [personId], interpreter: INTERPRETER, summary: 'Hausbesuch (synthetisch)' };
  const saved = await invokeApi(appUrl, 'consultations.saveDraft', { id: consultation.id, version: consultation.version, content });
  await invokeApi(appUrl, 'consultations.finalise', { id: saved.id, version: saved.version });
}

/**
 * Office, Kommune, a case manager (logged in on the page's token), a family case and six single
 * cases (five women, one man: some counts reach 5 and show; the five women each had a home visit
 * with an interpreter), through the API. Answers the family case's number.
 */
async function officeWithCase(appUrl: string): Promise<string> {
  await setupOfficeViaApi(appUrl);
  await invokeApi(appUrl, 'auth.login', { username: ADMIN.username, password: ADMIN.password });
  const kommune = await invokeApi(appUrl, 'kommunen.save', { name: 'Musterhausen' });
  await invokeApi(appUrl, 'users.create', { ...CASE_MANAGER, role: 'fallmanagement' });
  await invokeApi(appUrl, 'auth.login', { username: CASE_MANAGER.username, password: CASE_MANAGER.password });
  const kase = await invokeApi(appUrl, 'cases.create', {
    kommuneId: kommune.id,
    intakeReason: 'Erstberatung (synthetisch)',
    firstContactOn: today(),
    consentRecorded: true,
    consentRecordedOn: today(),
    members: [{ person: PEOPLE[0]!, relation: 'elternteil' }, { person: PEOPLE[1]!, relation: 'kind' }],
  });
  for (let n = 1; n <= 6; n++) {
    const single = await invokeApi(appUrl, 'cases.create', {
      kommuneId: kommune.id,
      intakeReason: 'Erstberatung (synthetisch)',
      firstContactOn: today(),
      members: [{ person: { familyName: `Einzelfall${n}`, givenNames: 'Testperson', gender: n <= 5 ? 'weiblich' : 'maennlich' } }],
    });
    if (n <= 5) await homeVisit(appUrl, single.id, single.persons[0]!.id);
  }
  return kase.caseNumber;
}

test('Hürde aus einem Fall melden, im Register weiterführen, Bericht ansehen und exportieren', async ({ page, app }) => {
  const caseNumber = await officeWithCase(app.url);

  // From the case page: "Hürde melden" names a new barrier with a short note, by keyboard.
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Fälle' }).click();
  await page.getByRole('link', { name: caseNumber }).click();
  await page.getByRole('tab', { name: 'Hürden' }).click();
  const reportButton = page.getByRole('button', { name: 'Hürde melden' });
  await reportButton.focus();
  await page.keyboard.press('Enter');
  const linkDialog = page.getByRole('dialog', { name: 'Hürde melden' });
  await expect(linkDialog).toBeVisible();
  await linkDialog.getByRole('radio', { name: 'Mit bestehender Hürde verknüpfen' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(linkDialog.getByRole('radio', { name: 'Neue Hürde anlegen' })).toBeChecked();
  await linkDialog.getByRole('combobox', { name: 'Kategorie' }).selectOption({ label: 'Aufenthalt/Behörden' });
  await linkDialog.getByRole('textbox', { name: 'Kurze Notiz (nur im Fall sichtbar)' }).fill(NOTE);
  await expectAccessible(page, 'Fall: Hürde melden');
  await linkDialog.getByRole('textbox', { name: 'Titel' }).fill(BARRIER);
  await page.keyboard.press('Enter');
  await expect(linkDialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Der Fall wurde mit der Hürde „${BARRIER}“ verknüpft.` })).toBeVisible();
  await expect(reportButton).toBeFocused(); // focus returns to where the dialog was opened
  const caseLinks = page.getByRole('list', { name: 'Hürden dieses Falls' });
  await expect(caseLinks.getByRole('link', { name: BARRIER })).toBeVisible();
  await expect(caseLinks).toContainText(NOTE); // the note stays in the case …

  await page.getByRole('link', { name: 'Berichte' }).click();
  await expect(heading(page, 'Berichte')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: BARRIER });
  await expect(row).toContainText('Aufenthalt/Behörden');
  await expect(row).toContainText('erkannt');
  await expect(row.getByTestId('barrier-cases')).toHaveText('1');
  await expect(page.locator('body')).not.toContainText(NOTE); // … and never reaches the register
  await expectAccessible(page, 'Berichte – Hürden');

  await row.getByRole('link', { name: BARRIER }).click();
  await expect(heading(page, BARRIER)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Nach Kommune' })).toContainText('Musterhausen');
  await page.getByRole('button', { name: 'Status ändern' }).click();
  const dialog = page.getByRole('dialog', { name: 'Status ändern' });
  await dialog.getByRole('combobox', { name: 'Neuer Status' }).selectOption({ label: 'an Arbeitskreis gemeldet' });
  await field(page, 'Arbeitskreis').fill('AK Aufenthalt und Einbürgerung');
  await field(page, 'Notiz (optional)').fill('In der Sitzung vorgestellt');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Der Status ist jetzt: an Arbeitskreis gemeldet.' })).toBeVisible();
  await expect(page.getByTestId('barrier-log-entry').last()).toContainText('In der Sitzung vorgestellt');
  await expectAccessible(page, 'Hürde im Detail');

  await page.getByRole('link', { name: 'Zurück zum Register' }).click();
  await expect(page.getByRole('row').filter({ hasText: BARRIER })).toContainText('an Arbeitskreis gemeldet');

  // The statistics open on the current quarter.
  await page.getByRole('tab', { name: 'Statistik' }).click();
  const keyFigures = page.getByTestId('report-table-faelle.kennzahlen');
  await expect(keyFigures.getByRole('row', { name: /Neue Fälle/ })).toContainText('7');
  const gender = page.getByTestId('report-table-personen.geschlecht');
  await expect(gender.getByRole('row', { name: /weiblich/ })).toContainText('5');
  await expect(gender.getByRole('row', { name: /männlich/ })).toContainText('< 5');
  await expect(gender.getByRole('row', { name: /keine Angabe/ })).toContainText('< 5');
  await expect(page.getByText('Sie sehen die Zahlen Ihrer eigenen Fälle.')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Diagramm: Personen nach Geschlecht' }).locator('svg').first()).toBeVisible();
  await expect(page.getByRole('img', { name: 'Diagramm: Hürden nach Kategorie und Status (am Ende des Zeitraums)' }).locator('svg').first()).toBeVisible();
  const consultations = page.getByTestId('report-table-beratungen.form_dolmetschung');
  await expect(consultations.getByRole('row', { name: /Hausbesuch/ })).toHaveText(/Hausbesuch\s*5\s*0\s*5/);
  await expect(page.getByRole('img', { name: 'Diagramm: Beratungen nach Form, mit und ohne Dolmetschung' }).locator('svg').first()).toBeVisible();
  await expectAccessible(page, 'Berichte – Statistik');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel (XLSX) herunterladen' }).click();
  const xlsx = await download;
  expect(xlsx.suggestedFilename()).toMatch(/^KIM-Bericht_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await xlsx.path());
  expect(book.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Beratungen', 'Hürdenliste']));
  const consultationRows = book.getWorksheet('Beratungen')!.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : []));
  expect(consultationRows).toContainEqual(['Hausbesuch', 5, 0, 5]);
  const values = JSON.stringify(book.worksheets.map((s) => s.getSheetValues()));
  expect(values).toContain(BARRIER);
  for (const secret of SECRETS) expect(values).not.toContain(secret);

  await page.getByRole('link', { name: 'Druckansicht (PDF)' }).click();
  await expect(page).toHaveURL(/#\/berichte\/druck\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  const sheet = page.getByTestId('report-print');
  await expect(sheet.getByRole('heading', { name: 'Bericht für die Lenkungsgruppe' })).toBeVisible();
  await expect(sheet.getByRole('heading', { name: BARRIER })).toBeVisible();
  await expect(sheet.getByRole('img', { name: 'Diagramm: Beratungen nach Form, mit und ohne Dolmetschung' }).locator('svg').first()).toBeVisible();
  await expectAccessible(page, 'Bericht für die Lenkungsgruppe');
  const dir = mkdtempSync(join(tmpdir(), 'kim-report-pdf-'));
  try {
    const file = join(dir, 'bericht.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(OFFICE);
    expect(text).toContain('Bericht für die Lenkungsgruppe');
    expect(text).toContain(BARRIER);
    expect(text).toContain('AK Aufenthalt und Einbürgerung');
    expect(text).toContain('Personen nach Geschlecht');
    expect(text).toContain('Beratungen nach Form, mit und ohne Dolmetschung');
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Statistik: Zeitraum mit Ende vor Beginn und leerer Zeitraum', async ({ page, app }) => {
  await officeWithCase(app.url);
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Berichte' }).click();
  await page.getByRole('tab', { name: 'Statistik' }).click();
  await expect(page.getByTestId('report-table-faelle.kennzahlen')).toBeVisible();

  await page.getByLabel('Von').fill('2020-03-31');
  await page.getByLabel('Bis').fill('2020-01-01');
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(page.getByText('Das Ende des Zeitraums liegt vor seinem Beginn.')).toBeVisible();

  await page.getByLabel('Von').fill('2020-01-01');
  await page.getByLabel('Bis').fill('2020-03-31');
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(page.getByText('Für diesen Zeitraum liegen keine Daten vor.')).toBeVisible();
  await expect(page.getByTestId('report-table-faelle.kennzahlen').getByRole('row', { name: /Neue Fälle/ })).toContainText('0');
  await expect(page.getByTestId('report-table-beratungen.form_dolmetschung').getByRole('row', { name: /^Gesamt/ })).toHaveText(/Gesamt\s*0\s*0\s*0/);
  await expectAccessible(page, 'Berichte – leerer Zeitraum');

  // The empty report exports and prints as well, and says that it is empty.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel (XLSX) herunterladen' }).click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await (await download).path());
  expect(book.getWorksheet('Bericht')!.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : []))).toContainEqual(['Hinweis', 'Für diesen Zeitraum liegen keine Daten vor.']);
  await page.getByRole('link', { name: 'Druckansicht (PDF)' }).click();
  await expect(page.getByTestId('report-print')).toContainText('Für diesen Zeitraum liegen keine Daten vor.');
  await expectAccessible(page, 'Druckansicht – leerer Zeitraum');

  // A print address with the dates the wrong way round says so instead of loading forever.
  await page.goto(`${app.url}#/berichte/druck?from=2020-03-31&to=2020-01-01`);
  await expect(page.getByText('Das Ende des Zeitraums liegt vor seinem Beginn.')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
});
