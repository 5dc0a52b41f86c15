import { expectAccessible } from './fixtures/a11y';
import { expect, test } from './fixtures/browser-app';
import { ADMIN, field, heading, loginViaUi, OFFICE, setupOfficeViaApi } from './fixtures/office';

const CASE_WORKER = { username: 'erika.beispiel', displayName: 'Erika Beispiel', password: 'Noch-eine-Test-Passphrase-7' };

test('Administration legt ein Konto für das Fallmanagement an; dieses sieht keine Verwaltung', async ({ page, app }) => {
  await setupOfficeViaApi(app.url);
  await page.goto(app.url);
  await loginViaUi(page, ADMIN.username, ADMIN.password);
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await expect(page.getByRole('heading', { name: 'Benutzerverwaltung' })).toBeVisible();

  await page.getByRole('button', { name: 'Benutzer anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neuen Benutzer anlegen' });
  await expect(dialog).toBeVisible();
  await expect(field(page, 'Benutzername')).toBeFocused();
  await expectAccessible(page, 'Benutzer anlegen');
  await field(page, 'Benutzername').fill(CASE_WORKER.username);
  await field(page, 'Anzeigename').fill(CASE_WORKER.displayName);
  await dialog.getByRole('combobox', { name: 'Rolle' }).selectOption({ label: 'Fallmanagement' });
  await field(page, 'Erstes Passwort').fill(CASE_WORKER.password);
  await dialog.getByRole('button', { name: 'Benutzer anlegen' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Das Benutzerkonto Erika Beispiel wurde angelegt.' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: CASE_WORKER.username });
  await expect(row).toContainText('Fallmanagement');
  await expect(row).toContainText('aktiv');

  // Deactivate and activate again: each change sends the row's version (optimistic locking).
  await row.getByRole('button', { name: 'Deaktivieren: Erika Beispiel' }).click();
  await expect(row).toContainText('deaktiviert');
  await row.getByRole('button', { name: 'Aktivieren: Erika Beispiel' }).click();
  await expect(row.getByRole('button', { name: 'Deaktivieren: Erika Beispiel' })).toBeVisible();

  await page.getByRole('button', { name: 'Abmelden' }).click();
  await loginViaUi(page, CASE_WORKER.username, CASE_WORKER.password);
  await expect(page.getByTestId('office-name')).toHaveText(OFFICE);
  await expect(page.getByText(`Angemeldet: ${CASE_WORKER.displayName} (Fallmanagement)`)).toBeVisible();
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await expect(heading(page, 'Einstellungen')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Eigenes Passwort ändern' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Benutzerverwaltung' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Dienststelle' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Benutzer anlegen' })).toHaveCount(0);
});

test('Einrichtung und Anmeldung gelingen allein mit der Tastatur', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(heading(page, 'Einrichtung')).toBeVisible();
  await expect(field(page, 'Name der Dienststelle (Kommune / Fachdienst)')).toBeFocused();
  const { keyboard } = page;
  for (const [i, value] of [OFFICE, ADMIN.username, ADMIN.displayName, ADMIN.password, ADMIN.password].entries()) {
    if (i > 0) await keyboard.press('Tab');
    await keyboard.type(value);
  }
  await keyboard.press('Enter');

  // Recovery screen: Tab to the checkbox, Space ticks it, Tab to "Weiter", Enter.
  await expect(heading(page, 'Wiederherstellungscode')).toBeVisible();
  const checkbox = page.getByRole('checkbox', { name: 'Ich habe den Code sicher aufbewahrt' });
  for (let i = 0; i < 5 && !(await checkbox.evaluate((el) => el === document.activeElement)); i++) await keyboard.press('Tab');
  await expect(checkbox).toBeFocused();
  await keyboard.press('Space');
  await keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Weiter zur Anmeldung' })).toBeFocused();
  await keyboard.press('Enter');

  await expect(heading(page, 'Anmeldung')).toBeVisible();
  await expect(field(page, 'Benutzername')).toBeFocused();
  await keyboard.type(ADMIN.username);
  await keyboard.press('Tab');
  await keyboard.type(ADMIN.password);
  await keyboard.press('Enter');
  await expect(heading(page, 'Heute')).toBeVisible();

  // The skip link is the first Tab stop and moves the focus to the content.
  await keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skip).toBeFocused();
  await keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});
