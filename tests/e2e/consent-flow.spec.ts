import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expectAccessible } from './fixtures/a11y';
import { invokeApi } from './fixtures/api';
import { expect, test } from './fixtures/browser-app';
import { officeWithFamily } from './fixtures/consultation';
import { ADMIN, field, loginViaUi, setupOfficeViaApi } from './fixtures/office';

// Synthetic partners only.
const PARTNER = { name: 'Sprachschule Musterhausen (synthetisch)', services: 'Integrationskurse, Alphabetisierung', city: 'Musterhausen' };

test('Partnerverzeichnis: anlegen, suchen, bearbeiten (Einstellungen)', async ({ page, app }) => {
  await setupOfficeViaApi(app.url);
  await page.goto(app.url);
  await loginViaUi(page, ADMIN.username, ADMIN.password);
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  const section = page.getByRole('region', { name: 'Partner (Netzwerk)' });
  await expect(section).toBeVisible();
  await expect(section.getByText('Keine Partner gefunden.')).toBeVisible();

  await section.getByRole('button', { name: 'Partner anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neuen Partner anlegen' });
  await expect(field(page, 'Name der Organisation')).toBeFocused();
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog.getByText('Bitte füllen Sie dieses Feld aus.')).toBeVisible();
  await field(page, 'Name der Organisation').fill(PARTNER.name);
  await dialog.getByRole('combobox', { name: 'Art' }).selectOption({ label: 'Sprachkursträger' });
  await field(page, 'Leistungen und Angebote').fill(PARTNER.services);
  await field(page, 'Ort').fill(PARTNER.city);
  await dialog.getByRole('button', { name: 'Ansprechperson hinzufügen' }).click();
  const contact = dialog.getByRole('group', { name: 'Ansprechperson 1' });
  await contact.getByRole('textbox', { name: 'Name' }).fill('Frau Beispiel');
  await contact.getByRole('textbox', { name: 'Funktion' }).fill('Kursleitung');
  await expectAccessible(page, 'Partner anlegen');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Der Partner ${PARTNER.name} wurde angelegt.` })).toBeVisible();

  const row = section.getByRole('row').filter({ hasText: PARTNER.name });
  await expect(row).toContainText('Sprachkursträger');
  await expect(row).toContainText('Frau Beispiel, Kursleitung');

  // Search folds case and diacritics and matches every word.
  const search = section.getByRole('searchbox', { name: 'Partner suchen' });
  await search.fill('alphabetisierung MUSTERHAUSEN');
  await expect(row).toBeVisible();
  await search.fill('Jobcenter');
  await expect(section.getByText('Keine Partner gefunden.')).toBeVisible();
  await search.fill('');

  await row.getByRole('button', { name: `Bearbeiten: ${PARTNER.name}` }).click();
  const edit = page.getByRole('dialog', { name: 'Partner bearbeiten' });
  await field(page, 'Telefon (allgemein)').fill('01234 567890');
  await edit.getByRole('button', { name: 'Speichern' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('01234 567890');
  await expectAccessible(page, 'Einstellungen mit Partnerverzeichnis');
});

test('Vermittlung: ohne Einwilligung abgelehnt, nach erfasster Einwilligung angenommen; Dokument hoch- und herunterladen', async ({ page, app }) => {
  const family = await officeWithFamily(app.url); // the case manager's session, shared with the page
  const partner = await invokeApi(app.url, 'partners.create', { name: PARTNER.name, kind: 'sprachkurstraeger', services: PARTNER.services });
  await page.goto(`${app.url}#/faelle/${family.caseId}`);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(family.caseNumber) })).toBeVisible();

  // Refer without consent: refused with the server's reason, and the way out is offered.
  await page.getByRole('tab', { name: 'Vermittlungen' }).click();
  const referrals = page.getByRole('region', { name: 'Vermittlungen' });
  await expect(referrals.getByText('Noch keine Vermittlungen.')).toBeVisible();
  await referrals.getByRole('button', { name: 'An Partner vermitteln' }).click();
  const dialog = page.getByRole('dialog', { name: 'An einen Partner vermitteln' });
  await dialog.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Ayşe Öztürk-Weiß' });
  await dialog.getByRole('combobox', { name: 'Partner' }).selectOption({ value: partner.id });
  await dialog.getByRole('textbox', { name: 'Zweck der Vermittlung' }).fill('Anmeldung zum Integrationskurs');
  await dialog.getByRole('button', { name: 'Vermitteln' }).click();
  const refusal = dialog.getByRole('alert').filter({ hasText: 'Einwilligung fehlt' });
  await expect(refusal).toContainText('Für diese Person liegt keine Einwilligung zur Übermittlung an diesen Partner vor.');
  await expectAccessible(page, 'Vermittlung ohne Einwilligung');

  // Record the consent from there, prefilled with person, partner, purpose and categories.
  await refusal.getByRole('button', { name: 'Einwilligung jetzt erfassen' }).click();
  const consent = page.getByRole('dialog', { name: 'Einwilligung / Schweigepflichtentbindung erfassen' });
  await expect(consent.getByRole('combobox', { name: 'Empfänger (Partner)' })).toHaveValue(partner.id);
  await expect(consent.getByRole('checkbox', { name: 'Kontaktdaten' })).toBeChecked();
  await expect(consent.getByRole('checkbox', { name: /^Gesundheit/ })).not.toBeChecked();
  await consent.getByRole('checkbox', { name: 'Gesundheit (besondere Kategorie (Art. 9 DSGVO))' }).check();
  await expectAccessible(page, 'Einwilligung erfassen');
  await consent.getByRole('button', { name: 'Speichern' }).click();
  await expect(consent).toBeHidden();
  await expect(dialog.getByRole('status')).toContainText('Die Einwilligung wurde gespeichert.');
  await dialog.getByRole('button', { name: 'Vermitteln' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Die Vermittlung an ${PARTNER.name} wurde gespeichert` })).toBeVisible();
  await expect(referrals.getByRole('row').filter({ hasText: 'Anmeldung zum Integrationskurs' })).toContainText('Ayşe Öztürk-Weiß');

  // The register shows the consent as valid and the logged transfer.
  await page.getByRole('tab', { name: 'Einwilligungen' }).click();
  const register = page.getByRole('region', { name: 'Einwilligungen von Ayşe Öztürk-Weiß' });
  await expect(register.getByRole('row').filter({ hasText: PARTNER.name })).toContainText('gültig');
  await expect(register.getByRole('row').filter({ hasText: PARTNER.name })).toContainText('Gesundheit (Art. 9)');
  await expect(register.getByRole('listitem').filter({ hasText: PARTNER.name })).toContainText('Kontaktdaten');
  await expectAccessible(page, 'Einwilligungen');

  // Documents: a wrong type is refused in the browser; a PDF goes in and comes back byte for byte.
  await page.getByRole('tab', { name: 'Dokumente' }).click();
  const input = page.getByTestId('document-file-input');
  await input.setInputFiles({ name: 'rechnung.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Nur Text, kein PDF.') });
  await expect(page.getByText('Die Datei rechnung.pdf ist kein PDF-, PNG- oder JPEG-Dokument.')).toBeVisible();
  const pdf = Buffer.from(`%PDF-1.4\n% synthetisch ${randomBytes(16).toString('hex')}\n%%EOF\n`, 'latin1');
  await input.setInputFiles({ name: 'bescheid.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(page.getByRole('status').filter({ hasText: 'bescheid.pdf wurde verschlüsselt gespeichert.' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'bescheid.pdf' });
  await expect(row).toContainText('PDF');
  const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: 'Herunterladen: bescheid.pdf' }).click()]);
  expect(download.suggestedFilename()).toBe('bescheid.pdf');
  expect(readFileSync(await download.path()).equals(pdf)).toBe(true);
  await expectAccessible(page, 'Dokumente');
});

test('Bestrittene Angabe markieren (§ 84 SGB X) und Fall sperren: danach nur noch lesbar', async ({ page, app }) => {
  const family = await officeWithFamily(app.url);
  await page.goto(`${app.url}#/faelle/${family.caseId}`);
  await page.getByRole('tab', { name: 'Einwilligungen' }).click();

  await page.getByRole('button', { name: 'Als bestritten markieren: Jürgen Öztürk-Weiß' }).click();
  const dispute = page.getByRole('dialog', { name: /Bestrittene Angaben \(§ 84 SGB X\): Jürgen/ });
  await dispute.getByRole('textbox', { name: 'Was wird bestritten?' }).fill('Geburtsdatum laut Mutter falsch (synthetisch)');
  await dispute.getByRole('textbox', { name: 'Betroffenes Feld (optional)' }).fill('birthDate');
  await dispute.getByRole('button', { name: 'Markierung speichern' }).click();
  await expect(dispute.getByText('birthDate: Geburtsdatum laut Mutter falsch (synthetisch)')).toBeVisible();
  await expectAccessible(page, 'Bestrittene Angaben');
  await dispute.getByRole('button', { name: 'Schließen' }).click();
  await expect(page.getByRole('button', { name: 'Bestrittene Angaben anzeigen: Jürgen Öztürk-Weiß' })).toContainText('Bestritten');

  await page.getByRole('tab', { name: 'Sperrung' }).click();
  await page.getByRole('button', { name: 'Fall sperren' }).click();
  const block = page.getByRole('dialog', { name: 'Fall sperren' });
  await block.getByRole('textbox', { name: 'Begründung' }).fill('Antrag der Klientin auf Sperrung (synthetisch)');
  await block.getByRole('button', { name: 'Fall sperren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Der Fall wurde gesperrt.' })).toBeVisible();
  await expect(page.getByText('Dieser Fall ist gesperrt und kann nur noch gelesen werden.', { exact: false })).toBeVisible();
  await expectAccessible(page, 'Sperrung');

  // Read-only now: no referral, consent or upload controls for the case manager.
  await page.getByRole('tab', { name: 'Vermittlungen' }).click();
  await expect(page.getByRole('button', { name: 'An Partner vermitteln' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Dokumente' }).click();
  await expect(page.getByRole('button', { name: 'Datei auswählen' })).toHaveCount(0);
});
