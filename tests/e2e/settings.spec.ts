import { expect, test } from './fixtures/browser-app';
import { ADMIN, field, heading, loginViaUi, setupOfficeViaApi } from './fixtures/office';

test('Dienststelle, Sprache und automatische Sperre nach Untätigkeit', async ({ page, app }) => {
  await setupOfficeViaApi(app.url);
  await page.clock.install();
  await page.goto(app.url);
  await loginViaUi(page, ADMIN.username, ADMIN.password);
  await page.getByRole('link', { name: 'Einstellungen' }).click();

  // Office settings: a new name shows in the header; the idle time is validated like on the server.
  const office = page.getByRole('region', { name: 'Dienststelle' });
  await field(page, 'Name der Dienststelle').fill('Kreis Beispielland – KIM');
  await page.getByRole('spinbutton', { name: 'Automatisch sperren nach (Minuten ohne Eingabe)' }).fill('0');
  await office.getByRole('button', { name: 'Speichern' }).click();
  await expect(office.getByText('Der Wert muss mindestens 1 sein.')).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Automatisch sperren nach (Minuten ohne Eingabe)' }).fill('1');
  await office.getByRole('button', { name: 'Speichern' }).click();
  await expect(office.getByText('Die Einstellungen der Dienststelle wurden gespeichert.')).toBeVisible();
  await expect(page.getByTestId('office-name')).toHaveText('Kreis Beispielland – KIM');

  // Language: English at once, kept across a reload, German again.
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(heading(page, 'Settings')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Today' })).toBeVisible();
  await page.reload();
  await expect(heading(page, 'Settings')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.getByRole('radio', { name: 'Deutsch' }).check();
  await expect(heading(page, 'Einstellungen')).toBeVisible();

  // Nobody touches mouse or keyboard for more than a minute: the lock screen comes up.
  await page.clock.fastForward('01:10');
  await expect(heading(page, 'Gesperrt')).toBeVisible();
});
