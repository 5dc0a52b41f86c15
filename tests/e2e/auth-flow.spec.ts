import { expectAccessible } from './fixtures/a11y';
import { expect, test } from './fixtures/browser-app';
import { ADMIN, field, heading, loginViaUi, OFFICE, RECOVERY_CODE } from './fixtures/office';

test('Einrichtung, Wiederherstellungscode, Anmeldung, Sperren, Entsperren und Abmelden', async ({ page, app }) => {
  await page.goto(app.url);

  // Setup: the token leaves the address bar; the form validates with the contract's schema in German.
  await expect(heading(page, 'Einrichtung')).toBeVisible();
  expect(page.url()).not.toContain('token=');
  await expectAccessible(page, 'Einrichtung');
  await page.getByRole('button', { name: 'Einrichten' }).click();
  await expect(page.getByText('Bitte füllen Sie dieses Feld aus.').first()).toBeVisible();

  await page.getByLabel('Name der Dienststelle (Kommune / Fachdienst)').fill(OFFICE);
  await page.getByLabel('Benutzername der Administration').fill(ADMIN.username);
  await page.getByLabel('Anzeigename').fill(ADMIN.displayName);
  await field(page, 'Passwort').fill('zu-kurz');
  await field(page, 'Passwort wiederholen').fill('etwas-anderes');
  await page.getByRole('button', { name: 'Einrichten' }).click();
  await expect(page.getByText('Bitte geben Sie mindestens 10 Zeichen ein.')).toBeVisible();

  await field(page, 'Passwort').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Einrichten' }).click();
  await expect(page.getByText('Die Passwörter stimmen nicht überein.')).toBeVisible();
  await field(page, 'Passwort wiederholen').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Einrichten' }).click();

  // Recovery code: shown once in the expected format; continuing needs the confirmation.
  await expect(heading(page, 'Wiederherstellungscode')).toBeVisible();
  await expect(page.getByTestId('recovery-code')).toHaveText(RECOVERY_CODE);
  await expectAccessible(page, 'Wiederherstellungscode');
  const next = page.getByRole('button', { name: 'Weiter zur Anmeldung' });
  await expect(next).toBeDisabled();
  await page.getByLabel('Ich habe den Code sicher aufbewahrt').check();
  await next.click();

  // Login and the shell.
  await expect(heading(page, 'Anmeldung')).toBeVisible();
  await expectAccessible(page, 'Anmeldung');
  await loginViaUi(page, ADMIN.username, ADMIN.password);
  await expect(page.getByTestId('office-name')).toHaveText(OFFICE);
  await expect(page.getByText(`Angemeldet: ${ADMIN.displayName} (Administration)`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Heute' })).toHaveAttribute('aria-current', 'page');
  await expectAccessible(page, 'Heute');

  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await expect(heading(page, 'Einstellungen')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Einstellungen' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'Benutzerverwaltung' })).toBeVisible();
  await expectAccessible(page, 'Einstellungen');

  // Lock with the button; a wrong password is refused with the server's German message.
  await page.getByRole('button', { name: 'Sperren' }).click();
  await expect(heading(page, 'Gesperrt')).toBeVisible();
  await expect(page.getByText(`Die Sitzung von ${ADMIN.displayName} (${ADMIN.username}) ist gesperrt.`, { exact: false })).toBeVisible();
  await expectAccessible(page, 'Gesperrt');
  await page.getByLabel('Passwort').fill('falsches-Passwort-123');
  await page.getByRole('button', { name: 'Entsperren' }).click();
  await expect(page.getByRole('alert')).toHaveText('Benutzername oder Passwort ist falsch.');
  await page.waitForTimeout(1_100); // The server makes the next attempt wait 1 s after one failure.
  await page.getByLabel('Passwort').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Entsperren' }).click();
  await expect(heading(page, 'Einstellungen')).toBeVisible();

  // Ctrl+L locks too; the server really is locked (a reload still shows the lock screen).
  await page.keyboard.press('Control+L');
  await expect(heading(page, 'Gesperrt')).toBeVisible();
  await page.reload();
  await expect(heading(page, 'Gesperrt')).toBeVisible();
  await page.getByLabel('Passwort').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Entsperren' }).click();
  await expect(heading(page, 'Einstellungen')).toBeVisible();

  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(heading(page, 'Anmeldung')).toBeVisible();
  await page.reload();
  await expect(heading(page, 'Anmeldung')).toBeVisible();
});
