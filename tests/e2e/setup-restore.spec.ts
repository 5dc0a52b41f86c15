import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectAccessible } from './fixtures/a11y';
import { invokeApi } from './fixtures/api';
import { expect, test } from './fixtures/browser-app';
import { ADMIN, field, heading, loginViaUi, OFFICE, setupOfficeViaApi } from './fixtures/office';

// Synthetic data only. Office A has a case and a backup on "another drive" (a temp folder); then
// its data directory is lost, the app starts on an empty one and the office comes back through the
// setup screen: file path and passphrase typed in, summary checked, restored, logged in.

const MANAGER = { username: 'fm.sicherung', displayName: 'Sina Sicherung (synthetisch)', password: 'Sicherung-Fall-Passwort-1' };
const BACKUP_PASSPHRASE = 'Sicherungs-Passwort-E2E-2026';
const FAMILY = 'Restaurova';
const todayBerlin = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** Office A: administration, a case manager and one case; answers the path of a fresh backup. */
async function officeWithBackup(appUrl: string, backupDir: string): Promise<string> {
  await setupOfficeViaApi(appUrl);
  await invokeApi(appUrl, 'auth.login', { username: ADMIN.username, password: ADMIN.password });
  await invokeApi(appUrl, 'users.create', { ...MANAGER, role: 'fallmanagement' });
  const kommune = await invokeApi(appUrl, 'kommunen.save', { name: 'Musterhausen (synthetisch)' });
  await invokeApi(appUrl, 'auth.logout', {});
  await invokeApi(appUrl, 'auth.login', { username: MANAGER.username, password: MANAGER.password });
  await invokeApi(appUrl, 'cases.create', {
    kommuneId: kommune.id,
    intakeReason: 'Beratung (synthetisch)',
    firstContactOn: todayBerlin(),
    members: [{ person: { familyName: FAMILY, givenNames: 'Vera', birthYear: 1981 } }],
  });
  await invokeApi(appUrl, 'auth.logout', {});
  await invokeApi(appUrl, 'auth.login', { username: ADMIN.username, password: ADMIN.password });
  const { path } = await invokeApi(appUrl, 'backup.create', { path: join(backupDir, 'amt-a.kimbackup'), secret: { source: 'passphrase', passphrase: BACKUP_PASSPHRASE } });
  await invokeApi(appUrl, 'auth.logout', {});
  return path;
}

test('Einrichtung: Dienststelle aus einer Sicherung wiederherstellen, anmelden, Fall sehen', async ({ page, app }) => {
  test.setTimeout(240_000);
  const backupDir = mkdtempSync(join(tmpdir(), 'kim-e2e-sicherung-'));
  try {
    const backup = await officeWithBackup(app.url, backupDir);

    // Disk failure: the data directory is gone; the app starts on an empty one.
    await app.stop();
    rmSync(app.dataDir, { recursive: true, force: true });
    await app.start();

    await page.goto(app.url);
    await expect(heading(page, 'Einrichtung')).toBeVisible();
    await expectAccessible(page, 'Einrichtung mit Wiederherstellung');
    const offer = page.getByRole('button', { name: 'Aus einer Sicherung wiederherstellen' });
    await offer.focus();
    await page.keyboard.press('Enter');

    // By keyboard: the path field has the focus, Tab passes the key choice to the passphrase.
    await expect(heading(page, 'Aus einer Sicherung wiederherstellen')).toBeVisible();
    const pathField = field(page, 'Sicherungsdatei');
    await expect(pathField).toBeFocused();
    await page.keyboard.type(backup);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'Sicherungspasswort' })).toBeFocused();
    await page.keyboard.press('Tab');
    // The only password field on the screen (password inputs have no textbox role).
    const passphrase = page.locator('input[type="password"]');
    await expect(passphrase).toBeFocused();
    await expectAccessible(page, 'Wiederherstellung: Datei und Schlüssel');

    // A wrong passphrase is named as such; nothing else happens.
    await page.keyboard.type('Falsches-Passwort-1');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Das Passwort für diese Datei ist falsch.')).toBeVisible();
    await expectAccessible(page, 'Wiederherstellung: falsches Passwort');
    // One failure makes the next attempt wait a second (public channel, throttled like logins).
    await page.waitForTimeout(1_100);

    await passphrase.fill(BACKUP_PASSPHRASE);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Die Sicherung ist in Ordnung.' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Datenbankstand .*passt zu dieser Version/ })).toBeVisible();
    await expect(page.getByRole('row', { name: 'cases 1' })).toBeVisible();
    await expect(page.getByText('mit den Benutzernamen und Passwörtern an, die zum Zeitpunkt der Sicherung galten')).toBeVisible();
    await expectAccessible(page, 'Wiederherstellung: Inhalt der Sicherung');

    // Enter in the still focused field now restores what was shown.
    await expect(passphrase).toBeFocused();
    await page.keyboard.press('Enter');

    await loginViaUi(page, MANAGER.username, MANAGER.password);
    await page.getByRole('link', { name: 'Fälle' }).click();
    await expect(heading(page, 'Fälle')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Fallliste' }).getByRole('cell', { name: `${FAMILY}, Vera` })).toBeVisible();
  } finally {
    rmSync(backupDir, { recursive: true, force: true });
  }
});

test('Fehlerseite: beschädigte Datenbank aus einer Sicherung wiederherstellen, beschädigte Dateien bleiben erhalten', async ({ page, app }) => {
  test.setTimeout(240_000);
  const backupDir = mkdtempSync(join(tmpdir(), 'kim-e2e-sicherung-'));
  try {
    const backup = await officeWithBackup(app.url, backupDir);

    // A disk error while the app was closed: the first page of the database is overwritten.
    await app.stop();
    const dbFile = join(app.dataDir, 'kim-fallakte.db');
    const bytes = readFileSync(dbFile);
    bytes.fill(0x5a, 0, 64);
    writeFileSync(dbFile, bytes);
    const damagedHash = createHash('sha256').update(bytes).digest('hex');
    await app.start();

    // Without the key nobody can tell; the first login finds it and the failure screen takes over.
    await page.goto(app.url);
    await expect(heading(page, 'Anmeldung')).toBeVisible();
    await field(page, 'Benutzername').fill(MANAGER.username);
    await field(page, 'Passwort').fill(MANAGER.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(heading(page, 'KIM Fallakte kann die Daten nicht öffnen')).toBeVisible();
    await expect(page.getByTestId('failure-message')).toContainText('Die Datenbank lässt sich nicht lesen');
    await expect(page.getByText('werden bei der Wiederherstellung nicht gelöscht')).toBeVisible();
    const offer = page.getByRole('button', { name: 'Aus einer Sicherung wiederherstellen' });
    await expect(offer).toBeVisible();
    await expectAccessible(page, 'Fehlerseite mit Wiederherstellung');

    // By keyboard, as on the setup screen.
    await offer.focus();
    await page.keyboard.press('Enter');
    await expect(heading(page, 'Aus einer Sicherung wiederherstellen')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zurück zur Fehlermeldung' })).toBeVisible();
    await expect(field(page, 'Sicherungsdatei')).toBeFocused();
    await page.keyboard.type(backup);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'Sicherungspasswort' })).toBeFocused();
    await page.keyboard.press('Tab');
    const passphrase = page.locator('input[type="password"]');
    await expect(passphrase).toBeFocused();
    await page.keyboard.type(BACKUP_PASSPHRASE);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Die Sicherung ist in Ordnung.' })).toBeVisible();
    await expect(page.getByRole('row', { name: 'cases 1' })).toBeVisible();
    await expect(page.getByText('Was nach dem Zeitpunkt der Sicherung eingetragen wurde, fehlt danach')).toBeVisible();
    await expectAccessible(page, 'Wiederherstellung nach Fehler: Inhalt der Sicherung');
    await expect(passphrase).toBeFocused();
    await page.keyboard.press('Enter');

    await loginViaUi(page, MANAGER.username, MANAGER.password);
    await page.getByRole('link', { name: 'Fälle' }).click();
    await expect(page.getByRole('table', { name: 'Fallliste' }).getByRole('cell', { name: `${FAMILY}, Vera` })).toBeVisible();

    // The damaged database is kept, byte for byte, in a clearly named folder of the data directory.
    const kept = readdirSync(app.dataDir).filter((n) => /^beschaedigt-\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}$/.test(n));
    expect(kept).toHaveLength(1);
    expect(createHash('sha256').update(readFileSync(join(app.dataDir, kept[0]!, 'kim-fallakte.db'))).digest('hex')).toBe(damagedHash);
  } finally {
    rmSync(backupDir, { recursive: true, force: true });
  }
});

test('Administration: Wiederherstellen im laufenden Betrieb verlangt eine Bestätigung', async ({ page, app }) => {
  test.setTimeout(240_000);
  const backupDir = mkdtempSync(join(tmpdir(), 'kim-e2e-sicherung-'));
  try {
    const backup = await officeWithBackup(app.url, backupDir);
    // A change after the backup, which the restore takes back.
    await invokeApi(app.url, 'auth.login', { username: ADMIN.username, password: ADMIN.password });
    await invokeApi(app.url, 'settings.update', { officeName: 'Nach der Sicherung umbenannt' });
    await invokeApi(app.url, 'auth.logout', {});

    await page.goto(app.url);
    await loginViaUi(page, ADMIN.username, ADMIN.password);
    await expect(page.getByTestId('office-name')).toHaveText('Nach der Sicherung umbenannt');
    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('button', { name: 'Wiederherstellen', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Sicherung wiederherstellen' });
    await dialog.getByRole('textbox', { name: 'Sicherungsdatei', exact: true }).fill(backup);
    await dialog.locator('input[type="password"]').fill(BACKUP_PASSPHRASE);
    await dialog.getByRole('button', { name: 'Sicherung prüfen' }).click();
    await expect(dialog.getByRole('row', { name: 'cases 1' })).toBeVisible();
    const restore = dialog.getByRole('button', { name: 'Jetzt wiederherstellen' });
    await expect(restore).toBeDisabled();
    await expectAccessible(page, 'Wiederherstellen (Administration): vor der Bestätigung');
    await dialog.getByRole('checkbox', { name: 'Ich habe verstanden, dass die aktuellen Daten ersetzt werden.' }).check();
    await restore.click();

    // Everyone is logged out; the login keeps the page the administrator was on.
    await expect(heading(page, 'Anmeldung')).toBeVisible();
    await field(page, 'Benutzername').fill(ADMIN.username);
    await field(page, 'Passwort').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page.getByTestId('office-name')).toHaveText(OFFICE);
  } finally {
    rmSync(backupDir, { recursive: true, force: true });
  }
});
