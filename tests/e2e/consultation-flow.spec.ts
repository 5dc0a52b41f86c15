import { expectAccessible } from './fixtures/a11y';
import { invokeApi } from './fixtures/api';
import { expect, test } from './fixtures/browser-app';
import { officeWithFamily, openPrint, pdfText, todayBerlin } from './fixtures/consultation';
import { ADMIN, loginViaUi, setupOfficeViaApi } from './fixtures/office';

// Documenting a consultation from an appointment in browser mode. The case and the appointment are
// created through the API (the case screens are another issue's work); the calendar's appointment
// dialog, the record editor, finalising, the addendum and the print are driven through the UI.
// Synthetic data only.

const TITLE = 'Beratung Familie (synthetisch)';
const SUMMARY = 'Wir haben über die Größe der Wohnung, die Übergabe der Unterlagen und die Straße gesprochen.';
const INTERNAL = 'Intern: Familie wirkt sehr belastet.';

const inDays = (days: number): string => {
  const d = new Date(`${todayBerlin()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

test('from an appointment: document with interpreter, two agreements and a next appointment; finalise; addendum; print', async ({ page, app }) => {
  const family = await officeWithFamily(app.url);
  const me = await invokeApi(app.url, 'app.status', {});
  const saved = await invokeApi(app.url, 'appointments.save', {
    confirmConflicts: true,
    confirmOutsideAvailability: true,
    appointment: {
      title: TITLE,
      type: 'Beratung',
      start: { date: todayBerlin(), time: '08:00' },
      end: { date: todayBerlin(), time: '09:00' },
      placeKind: 'raum',
      location: 'Rathaus',
      room: 'Raum 3',
      caseId: family.caseId,
      personIds: family.personIds,
      staffIds: [me.session?.userId ?? ''],
      interpreterNeeded: true,
      interpreterLanguage: 'Arabisch',
    },
  });
  if (saved.status !== 'saved') throw new Error('appointment not saved');

  // From the calendar's appointment dialog to the record, prefilled from the appointment.
  await page.goto(`${app.url}#/kalender`);
  await page.getByText(TITLE).first().click();
  await page.getByRole('dialog').getByRole('link', { name: 'Beratung dokumentieren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Beratungsdokumentation/ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Datum', exact: true })).toHaveValue(todayBerlin());
  await expect(page.getByRole('textbox', { name: 'Beginn', exact: true })).toHaveValue('08:00');
  await expect(page.getByRole('spinbutton', { name: 'Dauer (Minuten)', exact: true })).toHaveValue('60');
  await expect(page.getByRole('textbox', { name: 'Ort', exact: true })).toHaveValue('Rathaus, Raum 3');
  await expect(page.getByRole('checkbox', { name: 'Ayşe Öztürk-Weiß' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Mit Dolmetschung' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Sprache der Dolmetschung', exact: true })).toHaveValue('Arabisch');

  await page.getByRole('textbox', { name: 'Name der Dolmetscherin / des Dolmetschers', exact: true }).fill('Dolmetscher (synthetisch)');
  await page.getByRole('checkbox', { name: 'Wohnen' }).check();
  await page.getByRole('textbox', { name: 'Zusammenfassung für die Klientin / den Klienten', exact: true }).fill(SUMMARY);
  await page.getByRole('textbox', { name: 'Interne Notiz', exact: true }).fill(INTERNAL);
  const agreements = [
    { what: 'Unterlagen für den Wohnberechtigungsschein mitbringen', who: 'Familie', dueOn: inDays(14) },
    { what: 'Kontakt zum Wohnungsamt aufnehmen', who: 'Fallmanagement', dueOn: inDays(7) },
  ];
  for (const [i, a] of agreements.entries()) {
    await page.getByRole('button', { name: 'Vereinbarung hinzufügen' }).click();
    const row = page.getByRole('group', { name: `Vereinbarung ${i + 1}` });
    await row.getByRole('textbox', { name: 'Was', exact: true }).fill(a.what);
    await row.getByRole('textbox', { name: 'Wer', exact: true }).fill(a.who);
    await row.getByRole('textbox', { name: 'Bis wann', exact: true }).fill(a.dueOn);
  }
  await page.getByRole('checkbox', { name: 'Nächster Termin vereinbart' }).check();
  await page.getByRole('textbox', { name: 'Datum des nächsten Termins', exact: true }).fill(inDays(21));
  await page.getByRole('textbox', { name: 'Uhrzeit des nächsten Termins', exact: true }).fill('10:00');
  await page.getByRole('textbox', { name: 'Nächste Schritte', exact: true }).click(); // leaving a field saves at once
  await expect(page.getByRole('status').filter({ hasText: /^Entwurf gespeichert um \d{2}:\d{2} Uhr\.$/ })).toBeVisible();
  await expectAccessible(page, 'Beratungsdokumentation (Entwurf)');

  // The draft lives in the database: a reload (a closed window) loses nothing.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Zusammenfassung für die Klientin / den Klienten', exact: true })).toHaveValue(SUMMARY);
  await expect(page.getByRole('group', { name: 'Vereinbarung 2' }).getByRole('textbox', { name: 'Was', exact: true })).toHaveValue(agreements[1]!.what);

  await page.getByRole('button', { name: 'Abschließen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Beratung abschließen?' });
  await confirm.getByRole('button', { name: 'Abschließen' }).click();
  await expect(page.getByText(/Abgeschlossen am .* von Fenja Muster/).first()).toBeVisible();
  await expect(page.getByText('2 Wiedervorlagen aus den Vereinbarungen angelegt.', { exact: false })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Zusammenfassung für die Klientin / den Klienten', exact: true })).toHaveCount(0);
  await expectAccessible(page, 'Beratungsdokumentation (abgeschlossen)');

  await page.getByRole('button', { name: 'Nachtrag hinzufügen' }).click();
  const addendum = page.getByRole('dialog', { name: 'Nachtrag hinzufügen' });
  await addendum.getByRole('button', { name: 'Nachtrag speichern' }).click();
  await expect(addendum.getByText('Bitte füllen Sie dieses Feld aus.').first()).toBeVisible();
  await addendum.getByRole('textbox', { name: 'Nachtrag', exact: true }).fill('Der Termin beim Wohnungsamt ist bereits vereinbart.');
  await addendum.getByRole('textbox', { name: 'Grund des Nachtrags', exact: true }).fill('Information kam nach der Beratung');
  await expectAccessible(page, 'Nachtrag');
  await addendum.getByRole('button', { name: 'Nachtrag speichern' }).click();
  await expect(addendum).toBeHidden();
  await expect(page.getByText('Der Nachtrag wurde gespeichert.')).toBeVisible();
  await expect(page.getByText('Grund: Information kam nach der Beratung')).toBeVisible();

  // What finalising did, seen through the API: follow-ups and the booked next appointment.
  const followUps = await invokeApi(app.url, 'followups.list', { caseId: family.caseId });
  expect(followUps.filter((f) => f.source === 'vereinbarung').map((f) => f.dueOn).sort()).toEqual([inDays(7), inDays(14)]);
  const [summary] = await invokeApi(app.url, 'consultations.listForCase', { caseId: family.caseId });
  const record = await invokeApi(app.url, 'consultations.get', { id: summary?.id ?? '' });
  expect(record.status).toBe('abgeschlossen');
  const next = await invokeApi(app.url, 'appointments.get', { id: record.nextAppointmentId ?? '' });
  expect(next.start).toEqual({ date: inDays(21), time: '10:00' });
  expect(next.interpreterLanguage).toBe('Arabisch');

  // The client copy: preview in the app, then as a PDF.
  await page.getByRole('button', { name: 'Kopie für Klient/in drucken' }).click();
  await expect(page.getByRole('toolbar', { name: 'Drucken' })).toBeVisible();
  await openPrint(page, app.url, `/druck/beratung/${record.id}/klient`);
  await expectAccessible(page, 'Druckvorschau Kopie für Klient/in');
  const { text } = await pdfText(page);
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain(SUMMARY);
  for (const a of agreements) expect(flat).toContain(a.what);
  expect(flat).toContain('Dolmetscher (synthetisch), Sprache: Arabisch');
  expect(flat).not.toContain(INTERNAL);
  expect(flat).toContain('Seite 1 von 1');
  expect(flat).not.toContain('Drucken …');
});

test('the administration sets the letterhead and logo in Einstellungen', async ({ page, app }) => {
  await setupOfficeViaApi(app.url);
  await page.goto(app.url);
  await loginViaUi(page, ADMIN.username, ADMIN.password);
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  const section = page.getByRole('region', { name: 'Briefkopf für Ausdrucke' });
  await section.getByRole('textbox', { name: 'Kommune', exact: true }).fill('Gemeinde Beispieltal');
  await section.getByRole('textbox', { name: 'Fachdienst', exact: true }).fill('Fachdienst Soziales – Integration');
  await section.getByRole('textbox', { name: 'Postleitzahl', exact: true }).fill('54321');
  await section.getByRole('button', { name: 'Speichern' }).click();
  await expect(section.getByText('Der Briefkopf wurde gespeichert.')).toBeVisible();

  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4e10000000049454e44ae426082', 'hex');
  await section.locator('input[type=file]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
  await expect(section.getByRole('img', { name: 'Aktuelles Logo' })).toBeVisible();
  await section.locator('input[type=file]').setInputFiles({ name: 'logo.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
  await expect(section.getByText('Bitte wählen Sie eine PNG-, JPEG- oder SVG-Datei.')).toBeVisible();
  await expectAccessible(page, 'Einstellungen mit Briefkopf');

  const stored = await invokeApi(app.url, 'print.letterhead', {});
  expect(stored.letterhead).toMatchObject({ kommune: 'Gemeinde Beispieltal', fachdienst: 'Fachdienst Soziales – Integration', postalCode: '54321' });
  expect(stored.logoDataUrl).toBe(`data:image/png;base64,${png.toString('base64')}`);
});
