import type { ConsultationContentInput } from '../../src-main/contract/channels/consultation-fields';
import { invokeApi } from './fixtures/api';
import { expect, test } from './fixtures/browser-app';
import { LETTERHEAD, finalisedRecord, officeWithFamily, openPrint, pdfText, todayBerlin, type Family } from './fixtures/consultation';

// The printed record, as Chromium renders it to PDF (page.pdf with the page's @page rules, the same
// path Electron's printToPDF takes), read back with pdftotext. Synthetic data only.

const SUMMARY = 'Wir haben über die Größe der Wohnung, die Übergabe der Schlüssel und die Straße gesprochen.';
const INTERNAL = 'Interne Einschätzung: Belastung der Mutter hoch, mit Teamleitung besprechen.';

/** Paragraphs enough to fill about two and a half A4 pages with the rest of the record. */
const LONG_SUMMARY = [
  SUMMARY,
  ...Array.from(
    { length: 20 },
    (_, i) =>
      `Absatz ${i + 1}: Frau Öztürk-Weiß berichtet über die Wohnungssuche, die Anmeldung beim Bürgerbüro und die Übergabe der Unterlagen. ` +
      'Die Familie möchte eine größere Wohnung in der Nähe der Grundschule finden; wir haben gemeinsam die nächsten Schritte geplant und Fragen zur Straßenbahnverbindung geklärt.',
  ),
].join('\n\n');

function content(family: Family): ConsultationContentInput {
  return {
    date: todayBerlin(),
    startTime: '09:30',
    durationMinutes: 60,
    form: 'im_buero',
    place: 'Beratungsraum 2',
    personIds: family.personIds,
    interpreter: { name: 'Dolmetscherin (synthetisch)', language: 'Türkisch' },
    lifeDomains: ['wohnen', 'sprache'],
    topics: ['Wohnungssuche'],
    summary: LONG_SUMMARY,
    internalNote: INTERNAL,
    agreements: [
      { what: 'Unterlagen für den Wohnberechtigungsschein mitbringen', who: 'Familie', dueOn: '2099-01-15' },
      { what: 'Übergabe der Bescheinigung an das Jobcenter', who: 'Fallmanagement', dueOn: '2099-01-20' },
    ],
    nextSteps: 'Termin beim Wohnungsamt abwarten.',
  };
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

test('client copy and file copy as A4 PDF: letterhead, contents, internal note only in the file copy, "Seite x von y", umlauts', async ({ page, app }) => {
  const family = await officeWithFamily(app.url);
  const id = await finalisedRecord(app.url, family, content(family));

  await openPrint(page, app.url, `/druck/beratung/${id}/klient`);
  const client = await pdfText(page);
  const clientText = squash(client.text);
  expect(clientText).toContain(LETTERHEAD.kommune);
  expect(clientText).toContain(LETTERHEAD.fachdienst);
  expect(clientText).toContain('Rathausstraße 1, 12345 Musterhausen');
  expect(clientText).toContain('Beratungsdokumentation');
  expect(clientText).toContain(family.caseNumber);
  expect(clientText).toContain('Ayşe Öztürk-Weiß');
  expect(clientText).toContain(SUMMARY);
  // Umlauts and ß survive as text (not as broken glyphs or decomposed letters).
  for (const word of ['Größe', 'Übergabe', 'Straße', 'Öztürk-Weiß', 'Ayşe']) expect(client.text).toContain(word);
  expect(clientText).toContain('Unterlagen für den Wohnberechtigungsschein mitbringen');
  expect(clientText).toContain('Übergabe der Bescheinigung an das Jobcenter');
  expect(clientText).toContain('15.01.2099');
  expect(clientText).toContain('Vertraulich – Sozialdaten');
  expect(clientText).toMatch(/Gedruckt am \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr/);
  expect(clientText).toContain('Unterschrift Klient/in');
  expect(clientText).not.toContain('Interne Einschätzung');
  expect(clientText).not.toContain('Interne Notiz');

  expect(client.pages).toBe(3);
  const numbers = [...client.text.matchAll(/Seite (\d+) von (\d+)/g)].map((m) => `${m[1]}/${m[2]}`);
  expect(numbers).toEqual(['1/3', '2/3', '3/3']);

  await openPrint(page, app.url, `/druck/beratung/${id}/akte`);
  const file = await pdfText(page);
  const fileText = squash(file.text);
  expect(fileText).toContain('Aktenexemplar (vollständig)');
  expect(fileText).toContain('Interne Notiz (nur Aktenexemplar)');
  expect(fileText).toContain(INTERNAL);
  expect(fileText).toContain(SUMMARY);
  expect(fileText).toMatch(/Abgeschlossen am \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr von Fenja Muster/);
  const fileNumbers = [...file.text.matchAll(/Seite (\d+) von (\d+)/g)].map((m) => Number(m[1]));
  expect(fileNumbers).toEqual(Array.from({ length: file.pages }, (_, i) => i + 1));
  expect(file.text).toContain(`Seite ${file.pages} von ${file.pages}`);
});

test('plain-language client copy prints the case manager\'s plain texts instead', async ({ page, app }) => {
  const family = await officeWithFamily(app.url);
  const id = await finalisedRecord(app.url, family, {
    ...content(family),
    summary: SUMMARY,
    summaryPlain: 'Wir haben über Ihre Wohnung gesprochen.',
    agreementsPlain: 'Sie bringen die Papiere mit. Wir schreiben dem Jobcenter.',
  });
  await openPrint(page, app.url, `/druck/beratung/${id}/klient/einfach`);
  const { text, pages } = await pdfText(page);
  const flat = squash(text);
  expect(flat).toContain('Das haben wir besprochen');
  expect(flat).toContain('Wir haben über Ihre Wohnung gesprochen.');
  expect(flat).toContain('Sie bringen die Papiere mit. Wir schreiben dem Jobcenter.');
  expect(flat).not.toContain(INTERNAL);
  expect(pages).toBe(1);
  expect(flat).toContain('Seite 1 von 1');
});

test('the whole case file as one PDF, and a consent form in German and Arabic (right to left)', async ({ page, app }) => {
  const family = await officeWithFamily(app.url);
  await finalisedRecord(app.url, family, { ...content(family), summary: SUMMARY });
  await openPrint(page, app.url, `/druck/fallakte/${family.caseId}`);
  const caseFile = squash((await pdfText(page)).text);
  for (const heading of ['Fallakte', 'Personen', 'Hilfeplan', 'Wiedervorlagen', 'Beratungen', 'Verlauf']) expect(caseFile).toContain(heading);
  expect(caseFile).toContain(SUMMARY);
  expect(caseFile).toContain(INTERNAL);
  expect(caseFile).toContain('Vereinbarung aus der Beratung vom');
  expect(caseFile).toMatch(/Seite 1 von \d+/);

  const partner = await invokeApi(app.url, 'partners.create', { name: 'Jobcenter Musterhausen (synthetisch)', kind: 'jobcenter', street: 'Amtsweg 2', postalCode: '12345', city: 'Musterhausen' });
  const consent = await invokeApi(app.url, 'consents.create', {
    personId: family.personIds[0] ?? '',
    partnerId: partner.id,
    purpose: 'Abstimmung der Eingliederungsleistungen',
    dataCategories: ['stammdaten', 'arbeit'],
    givenOn: todayBerlin(),
  });
  await openPrint(page, app.url, `/druck/einwilligung/${consent.id}/ar`);
  await expect(page.getByTestId('consent-ar')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('consent-ar')).toHaveAttribute('lang', 'ar');
  await expect(page.getByTestId('consent-ar')).toContainText('الموافقة على نقل البيانات');
  const form = squash((await pdfText(page)).text);
  expect(form).toContain('Einwilligung in die Datenübermittlung und Entbindung von der Schweigepflicht');
  expect(form).toContain('Jobcenter Musterhausen (synthetisch), Amtsweg 2, 12345 Musterhausen');
  expect(form).toContain('Abstimmung der Eingliederungsleistungen');
  expect(form).toContain('Stammdaten, Arbeit');
  expect(form).toContain('jederzeit ohne Angabe von Gründen mit Wirkung für die Zukunft widerrufen');
});
