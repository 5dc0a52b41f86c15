import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible } from './fixtures/a11y';
import { invokeApi } from './fixtures/api';
import { expect, test } from './fixtures/browser-app';
import { MANAGER, officeWithFamily } from './fixtures/consultation';
import { ADMIN, field } from './fixtures/office';

// Fallübergabe between two synthetic offices: office A hands the family case over (refused
// first without the consent), office B, which already knows the same family, reads the file in,
// merges the mother with its own record and creates the child as a new person.

const RECIPIENT = 'Fachdienst Integration Nachbarstadt (synthetisch)';
const PASSPHRASE = 'Uebergabe-Passwort-2026';

/** A .kimbackup of the office, made by the administration; the case manager is signed in again afterwards. */
async function backupFile(appUrl: string, dir: string): Promise<Buffer> {
  const path = join(dir, 'amt.kimbackup');
  await invokeApi(appUrl, 'auth.logout', {});
  await invokeApi(appUrl, 'auth.login', { username: ADMIN.username, password: ADMIN.password });
  await invokeApi(appUrl, 'backup.create', { path, secret: { source: 'passphrase', passphrase: PASSPHRASE } });
  await invokeApi(appUrl, 'auth.logout', {});
  await invokeApi(appUrl, 'auth.login', { username: MANAGER.username, password: MANAGER.password });
  return readFileSync(path);
}

/** Chooses a file in the import dialog and asks for the preview with `passphrase`. */
async function tryFile(page: Page, file: { name: string; buffer: Buffer }, passphrase: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Fallübergabe einlesen' });
  await page.getByTestId('handover-file-input').setInputFiles({ ...file, mimeType: 'application/octet-stream' });
  await field(page, 'Passwort der Übergabedatei').fill(passphrase);
  await dialog.getByRole('button', { name: 'Vorschau anzeigen' }).click();
}

test('Fallübergabe: ohne Einwilligung abgelehnt, exportiert und im zweiten Amt mit Zusammenführung übernommen', async ({ page, app, otherApp }) => {
  test.setTimeout(180_000);
  const tmp = mkdtempSync(join(tmpdir(), 'kim-e2e-handover-'));
  try {
    // Office A: the family case and the receiving office as a partner, no consent yet.
    const family = await officeWithFamily(app.url);
    await invokeApi(app.url, 'partners.create', { name: RECIPIENT, kind: 'sonstige', services: 'KIM' });
    await page.goto(`${app.url}#/faelle/${family.caseId}`);
    await expect(page.getByRole('heading', { level: 1, name: `Fall ${family.caseNumber}` })).toBeVisible();

    // Opened by keyboard; the dialog starts with the recipient.
    const action = page.getByRole('button', { name: 'Fall übergeben' });
    await action.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Fall ${family.caseNumber} übergeben` });
    await dialog.getByRole('combobox', { name: 'Empfangende Stelle (Partner)' }).selectOption({ label: `${RECIPIENT} (Sonstige)` });
    await field(page, 'Passwort für die Übergabedatei').fill('zu-kurz');
    await dialog.getByRole('button', { name: 'Übergabedatei erstellen' }).click();
    await expect(dialog.getByText('Bitte geben Sie mindestens 12 Zeichen ein.')).toBeVisible();
    await field(page, 'Passwort für die Übergabedatei').fill(PASSPHRASE);
    await field(page, 'Passwort wiederholen').fill(PASSPHRASE);
    await expectAccessible(page, 'Fall übergeben');
    await dialog.getByRole('button', { name: 'Übergabedatei erstellen' }).click();
    const refusal = dialog.getByRole('alert').filter({ hasText: 'Einwilligung für die Übergabe fehlt' });
    await expect(refusal).toContainText('Für diese Person liegt keine Einwilligung zur Übermittlung an diesen Partner vor.');
    await expect(refusal).toContainText('Erfassen Sie die Einwilligung');
    await expectAccessible(page, 'Fall übergeben ohne Einwilligung');

    // Record the consent from there (prefilled: main person, recipient, every category), then export.
    await refusal.getByRole('button', { name: 'Einwilligung jetzt erfassen' }).click();
    const consent = page.getByRole('dialog', { name: 'Einwilligung / Schweigepflichtentbindung erfassen' });
    await expect(consent.getByRole('checkbox', { name: 'Gesundheit (besondere Kategorie (Art. 9 DSGVO))' })).toBeChecked();
    await consent.getByRole('button', { name: 'Speichern' }).click();
    await expect(consent).toBeHidden();
    await expect(dialog.getByRole('status').filter({ hasText: 'Die Einwilligung wurde gespeichert.' })).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Übergabedatei erstellen' }).click()]);
    expect(download.suggestedFilename()).toBe(`fall-${family.caseNumber}.kimcase`);
    const kimcase = readFileSync(await download.path());
    await expect(dialog.getByRole('status')).toContainText(`Die Übergabedatei fall-${family.caseNumber}.kimcase`);
    expect(kimcase.includes(Buffer.from('Öztürk', 'utf8'))).toBe(false);
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    await expect(dialog).toBeHidden();

    // Office B already has the same family; the page now talks to B.
    const known = await officeWithFamily(otherApp.url);
    const backup = await backupFile(otherApp.url, tmp);
    await page.goto(`${otherApp.url}#/faelle`);
    await page.getByRole('button', { name: 'Fallübergabe einlesen' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Fallübergabe einlesen' });
    await expectAccessible(page, 'Fallübergabe einlesen');

    // Bad input: each refused with its own message, nothing taken over.
    await page.getByTestId('handover-file-input').setInputFiles({ name: 'leer.kimcase', mimeType: 'application/octet-stream', buffer: Buffer.alloc(0) });
    await expect(importDialog.getByRole('alert')).toHaveText('Die Datei leer.kimcase ist leer. Bitte wählen Sie die Übergabedatei (.kimcase), die Sie erhalten haben.');
    await page.getByTestId('handover-file-input').setInputFiles({ name: 'gross.kimcase', mimeType: 'application/octet-stream', buffer: Buffer.alloc(31 * 1024 * 1024) });
    await expect(importDialog.getByRole('alert')).toContainText('Die Datei gross.kimcase ist 31 MB groß. Im Browser-Modus lassen sich Übergabedateien bis 30 MB einlesen.');
    await tryFile(page, { name: 'zufall.kimcase', buffer: randomBytes(4096) }, PASSPHRASE);
    await expect(importDialog.getByRole('alert')).toContainText('Die Datei ist keine Übergabedatei von KIM Fallakte.');
    await tryFile(page, { name: 'amt.kimbackup', buffer: backup }, PASSPHRASE);
    await expect(importDialog.getByRole('alert')).toContainText('Diese Datei ist eine Datensicherung (.kimbackup), keine Fallübergabe.');
    await tryFile(page, { name: download.suggestedFilename(), buffer: kimcase }, 'falsches-Passwort-123');
    await expect(importDialog.getByRole('alert')).toContainText('Das Passwort für diese Übergabedatei ist falsch.');
    const listAfterRefusals = await invokeApi(otherApp.url, 'cases.list', {});
    expect(listAfterRefusals.total).toBe(1);

    // The preview: the case, its counts and both persons with their match in B.
    await tryFile(page, { name: download.suggestedFilename(), buffer: kimcase }, PASSPHRASE);
    await expect(importDialog.getByRole('heading', { name: 'Vorschau der Übergabe' })).toBeFocused();
    await expect(importDialog.getByRole('region', { name: `Fall ${family.caseNumber} (Klärung)` })).toBeVisible();
    await expect(importDialog).toContainText(`für ${RECIPIENT}`);
    const mother = importDialog.getByRole('radiogroup', { name: /Übernahme von Ayşe Öztürk-Weiß · Geburtsjahr unbekannt · Hauptperson/ });
    const child = importDialog.getByRole('radiogroup', { name: /Übernahme von Jürgen Öztürk-Weiß/ });
    const merge = `zusammenführen mit Ayşe Öztürk-Weiß (Geburtsjahr unbekannt; Fall ${known.caseNumber})`;
    await expect(mother.getByRole('radio', { name: merge })).toBeVisible();
    await expect(child.getByRole('radio', { name: 'als neue Person anlegen' })).toBeVisible();
    await expectAccessible(page, 'Vorschau der Fallübergabe');

    // Undecided persons are not guessed; then the decisions are made by keyboard.
    await importDialog.getByRole('button', { name: 'Übernehmen' }).click();
    await expect(importDialog.getByRole('alert').filter({ hasText: 'Bitte entscheiden Sie für jede Person mit einem Treffer' })).toBeVisible();
    await mother.getByRole('radio', { name: merge }).focus();
    await page.keyboard.press('Space');
    await expect(mother.getByRole('radio', { name: merge })).toBeChecked();
    await child.getByRole('radio', { name: 'als neue Person anlegen' }).focus();
    await page.keyboard.press('Space');
    await expect(child.getByRole('radio', { name: 'als neue Person anlegen' })).toBeChecked();
    await importDialog.getByRole('button', { name: 'Übernehmen' }).click();

    // The taken-over case opens: a new number in B, the merged mother, the new child.
    await expect(importDialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: /^Fall \d{4}-\d+$/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: `Fall ${known.caseNumber}` })).toHaveCount(0);
    await expect(page.getByText('Ayşe Öztürk-Weiß', { exact: false }).first()).toBeVisible();
    const caseId = decodeURIComponent(new URL(page.url()).hash.replace('#/faelle/', ''));
    const view = await invokeApi(otherApp.url, 'cases.get', { id: caseId });
    expect(view.persons.map((p) => p.id)).toContain(known.personIds[0]);
    expect(view.persons.map((p) => p.id)).not.toContain(known.personIds[1]);
    expect(view.persons).toHaveLength(2);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
