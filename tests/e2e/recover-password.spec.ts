import { expect, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from './fixtures/a11y';
import { test } from './fixtures/browser-app';
import { ADMIN, field, heading, setupOfficeViaApi } from './fixtures/office';

const NEW_PASSWORD = 'Neue-Lange-Passphrase-77';
const WRONG_CODE = 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH';

/** Moves the focus with Tab (or Shift+Tab) until `target` has it; fails after a few steps. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 8 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press(key);
  await expect(target).toBeFocused();
}

/** Replaces the focused field's text by typing. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

test('Passwort vergessen: mit dem Wiederherstellungscode zurücksetzen, nur per Tastatur', async ({ page, app }) => {
  const recoveryCode = await setupOfficeViaApi(app.url);
  await page.goto(app.url);

  // The login screen offers the reset; the typed user name comes along.
  await expect(heading(page, 'Anmeldung')).toBeVisible();
  await expect(field(page, 'Benutzername')).toBeFocused();
  await page.keyboard.type(ADMIN.username);
  const forgot = page.getByRole('button', { name: 'Passwort vergessen? Mit dem Wiederherstellungscode zurücksetzen' });
  await tabTo(page, forgot);
  await page.keyboard.press('Enter');

  await expect(heading(page, 'Passwort zurücksetzen')).toBeVisible();
  await expect(field(page, 'Benutzername')).toHaveValue(ADMIN.username);
  await expect(page.getByText('Bitten Sie die Administration, Ihr Passwort unter Einstellungen → Benutzerverwaltung zurückzusetzen.', { exact: false })).toBeVisible();
  await expect(page.getByText('acht Gruppen aus je vier Zeichen', { exact: false })).toBeVisible();
  await expect(field(page, 'Wiederherstellungscode')).toBeFocused();
  await expectAccessible(page, 'Passwort zurücksetzen');

  // Too short and not repeated: the form says so before anything is sent.
  await page.keyboard.type(WRONG_CODE);
  await page.keyboard.press('Tab');
  await page.keyboard.type('kurz-1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('anders-1');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Bitte geben Sie mindestens 10 Zeichen ein.')).toBeVisible();
  await expect(page.getByText('Die Passwörter stimmen nicht überein.')).toBeVisible();

  // A wrong code is named as such; trying again at once is held back, with the wait.
  await tabTo(page, field(page, 'Neues Passwort'));
  await retype(page, NEW_PASSWORD);
  await page.keyboard.press('Tab');
  await retype(page, NEW_PASSWORD);
  await page.keyboard.press('Enter');
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText('Der Wiederherstellungscode ist falsch. Bitte vergleichen Sie ihn Zeichen für Zeichen mit dem Ausdruck.');
  await page.keyboard.press('Enter'); // Within the second the wrong code costs.
  await expect(alert).toHaveText('Zu viele falsche Versuche. Bitte warten Sie 1 Sekunde und versuchen Sie es dann erneut.');
  await expectAccessible(page, 'Passwort zurücksetzen (Fehler)');

  // The right code, typed the way one reads it off paper: lower case, spaces instead of dashes.
  await page.waitForTimeout(1_100);
  await tabTo(page, field(page, 'Wiederherstellungscode'), 'Shift+Tab');
  await retype(page, recoveryCode.toLowerCase().replace(/-/g, ' '));
  await page.keyboard.press('Enter');

  // Back at the login with the name filled in: the old password fails, the new one works.
  await expect(heading(page, 'Anmeldung')).toBeVisible();
  await expect(page.getByText('Das Passwort wurde zurückgesetzt. Bitte melden Sie sich mit dem neuen Passwort an.')).toBeVisible();
  await expect(field(page, 'Benutzername')).toHaveValue(ADMIN.username);
  await expect(field(page, 'Passwort')).toBeFocused();
  await expectAccessible(page, 'Anmeldung nach dem Zurücksetzen');
  await page.keyboard.type(ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Benutzername oder Passwort ist falsch.')).toBeVisible();
  await page.waitForTimeout(1_100); // The server makes the next attempt wait 1 s after one failure.
  await retype(page, NEW_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Heute')).toBeVisible();
});

test('Passwort vergessen: unbekannter Name und der Weg zurück zur Anmeldung', async ({ page, app }) => {
  const recoveryCode = await setupOfficeViaApi(app.url);
  await page.goto(app.url);
  await expect(field(page, 'Benutzername')).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Passwort vergessen? Mit dem Wiederherstellungscode zurücksetzen' }));
  await page.keyboard.press('Enter');

  // Nothing typed at the login: the form starts at the user name.
  await expect(heading(page, 'Passwort zurücksetzen')).toBeVisible();
  await expect(field(page, 'Benutzername')).toBeFocused();
  await page.keyboard.type('gibt.es.nicht');
  await page.keyboard.press('Tab');
  await page.keyboard.type(recoveryCode);
  await page.keyboard.press('Tab');
  await page.keyboard.type(NEW_PASSWORD);
  await page.keyboard.press('Tab');
  await page.keyboard.type(NEW_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Einen Benutzer mit diesem Namen gibt es nicht. Bitte prüfen Sie den Benutzernamen.');

  await tabTo(page, page.getByRole('button', { name: 'Zurück zur Anmeldung' }));
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Anmeldung')).toBeVisible();
  await expect(page.getByText('Das Passwort wurde zurückgesetzt.', { exact: false })).toHaveCount(0);
  await expect(field(page, 'Benutzername')).toHaveValue('gibt.es.nicht');
  await expect(field(page, 'Passwort')).toBeFocused();
  await page.keyboard.type(ADMIN.password);
  await tabTo(page, field(page, 'Benutzername'), 'Shift+Tab');
  await retype(page, ADMIN.username);
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Heute')).toBeVisible(); // The unknown name changed nothing.
});
