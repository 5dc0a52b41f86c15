import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectAccessible } from './fixtures/a11y';
import { expect, test } from './fixtures/browser-app';
import { heading, setupOfficeViaApi } from './fixtures/office';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('eine beschädigte Schlüsseldatei zeigt die Fehlerseite mit kopierbaren Details', async ({ page, app }) => {
  await setupOfficeViaApi(app.url);
  await app.stop();
  writeFileSync(join(app.dataDir, 'kim-fallakte.keys'), '{"kaputt": true, \u0000\u0001 garbage');
  await app.start();

  await page.goto(app.url);
  await expect(heading(page, 'KIM Fallakte kann die Daten nicht öffnen')).toBeVisible();
  await expect(page.getByTestId('failure-message')).toContainText('Die Schlüsseldatei ist beschädigt.');
  await expect(page.getByText('Stellen Sie die letzte Sicherung wieder her.')).toBeVisible();
  const details = page.getByRole('textbox', { name: 'Technische Angaben' });
  await expect(details).toHaveValue(/code=KEYFILE_DAMAGED/);
  await expectAccessible(page, 'Fehlerseite');

  await page.getByRole('button', { name: 'Details kopieren' }).click();
  await expect(page.getByRole('status')).toHaveText('Die technischen Angaben wurden in die Zwischenablage kopiert.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await details.inputValue());
});

test('ein falsches Zugriffstoken zeigt eine Fehlerseite statt eines leeren Fensters', async ({ page, app }) => {
  const url = new URL(app.url);
  url.searchParams.set('token', 'falsch');
  await page.goto(url.toString());
  await expect(heading(page, 'Keine Verbindung zur Anwendung')).toBeVisible();
  await expect(page.getByTestId('failure-message')).toContainText('Ungültiges Zugriffstoken');
  await expect(page.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
});
