import type { Page } from '@playwright/test';
import { expectAccessible } from './fixtures/a11y';
import { invokeApi } from './fixtures/api';
import { expect, test } from './fixtures/browser-app';
import { ADMIN, field, heading, loginViaUi, setupOfficeViaApi } from './fixtures/office';

// Synthetic persons only. A case manager opens a family case, works it through the phases and
// closes it; on the way the Heute page and the global search (another transliteration) are used.

const MANAGER = { username: 'fm.fallfluss', displayName: 'Frida Fallfluss (synthetisch)', password: 'Fall-Fluss-Passwort-1' };
const KOMMUNE = 'Musterhausen (synthetisch)';
const todayBerlin = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

async function officeWithManager(appUrl: string): Promise<void> {
  await setupOfficeViaApi(appUrl);
  await invokeApi(appUrl, 'auth.login', { username: ADMIN.username, password: ADMIN.password });
  await invokeApi(appUrl, 'users.create', { ...MANAGER, role: 'fallmanagement' });
  const kommune = await invokeApi(appUrl, 'kommunen.save', { name: KOMMUNE });
  await invokeApi(appUrl, 'auth.logout', {});
  // An earlier case of someone else in the family's community, for the duplicate warning.
  await invokeApi(appUrl, 'auth.login', { username: MANAGER.username, password: MANAGER.password });
  await invokeApi(appUrl, 'cases.create', { kommuneId: kommune.id, intakeReason: 'Beratung (synthetisch)', firstContactOn: todayBerlin(), members: [{ person: { familyName: 'Ivanova', givenNames: 'Maria', birthYear: 1970 } }] });
  await invokeApi(appUrl, 'auth.logout', {});
}

async function fillMember(page: Page, index: number, m: { family: string; given: string; birthDate?: string; birthYear?: string; gender: string; relation: string }) {
  const group = page.getByRole('group', { name: `Person ${index}` });
  await group.getByRole('textbox', { name: 'Familienname', exact: true }).fill(m.family);
  await group.getByRole('textbox', { name: 'Vornamen', exact: true }).fill(m.given);
  if (m.birthDate) await group.getByLabel('Geburtsdatum', { exact: true }).fill(m.birthDate);
  if (m.birthYear) await group.getByRole('textbox', { name: 'Geburtsjahr (wenn Datum unbekannt)' }).fill(m.birthYear);
  await group.getByRole('combobox', { name: 'Geschlecht' }).selectOption({ label: m.gender });
  await group.getByRole('combobox', { name: 'Stellung im Haushalt' }).selectOption({ label: m.relation });
}

async function transition(page: Page, button: string) {
  await page.getByRole('tab', { name: 'Überblick' }).click();
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Phase wechseln' }).click();
  await expect(dialog).toBeHidden();
}

async function saveDialog(page: Page) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
}

test('Fallakte: Familie aufnehmen, Phasen durchlaufen, Heute, Suche, Abschluss', async ({ page, app }) => {
  test.setTimeout(180_000);
  await officeWithManager(app.url);
  await page.goto(app.url);
  await loginViaUi(page, MANAGER.username, MANAGER.password);
  await expectAccessible(page, 'Heute (leer)');

  // Fälle → Neuer Fall: a family of four.
  await page.getByRole('link', { name: 'Fälle' }).click();
  await expect(heading(page, 'Fälle')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '1 Fälle' })).toBeVisible();
  await expectAccessible(page, 'Fallliste');
  await page.getByRole('link', { name: 'Neuer Fall' }).click();
  await expect(heading(page, 'Neuer Fall')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Familie mit mehreren Personen' }).check();

  // Typing a name already on file (another transliteration, same birth year) warns at once.
  const first = page.getByRole('group', { name: 'Person 1' });
  await first.getByRole('textbox', { name: 'Familienname', exact: true }).fill('Iwanowa');
  await first.getByRole('textbox', { name: 'Vornamen', exact: true }).fill('Marija');
  await first.getByRole('textbox', { name: 'Geburtsjahr (wenn Datum unbekannt)' }).fill('1970');
  await expect(first.getByText('Mögliche Dubletten')).toBeVisible();
  await expect(first.getByText(/Maria Ivanova, geb\. 1970/)).toBeVisible();
  await expectAccessible(page, 'Neuer Fall mit Dublettenwarnung');
  await first.getByRole('textbox', { name: 'Geburtsjahr (wenn Datum unbekannt)' }).fill('');

  await fillMember(page, 1, { family: 'Shevchenko', given: 'Olena', birthDate: '1988-04-12', gender: 'weiblich', relation: 'Elternteil' });
  await expect(first.getByText('Mögliche Dubletten')).toBeHidden();
  for (const [i, m] of [
    { family: 'Shevchenko', given: 'Taras', birthYear: '1985', gender: 'männlich', relation: 'Elternteil' },
    { family: 'Shevchenko', given: 'Daryna', birthDate: '2016-09-01', gender: 'weiblich', relation: 'Kind' },
    { family: 'Shevchenko', given: 'Marko', birthDate: '2020-02-02', gender: 'männlich', relation: 'Kind' },
  ].entries()) {
    await page.getByRole('button', { name: 'Weitere Person hinzufügen' }).click();
    await fillMember(page, i + 2, m);
  }
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();

  await page.getByRole('combobox', { name: 'Kommune' }).selectOption({ label: KOMMUNE });
  await field(page, 'Anlass der Kontaktaufnahme').fill('Familie neu zugezogen, sucht Wohnung und Kita-Platz (synthetisch)');
  await page.getByRole('checkbox', { name: 'Einwilligung zur Fallakte liegt vor' }).check();
  await expectAccessible(page, 'Neuer Fall: Klärung');
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await expect(page.getByText('Olena Shevchenko (Hauptperson)')).toBeVisible();
  await page.getByRole('button', { name: 'Fall anlegen' }).click();

  // The case page: four persons, intake with consent, phase Klärung.
  const caseHeading = page.getByRole('heading', { level: 1, name: /^Fall \d{4}-\d{5}$/ });
  await expect(caseHeading).toBeVisible();
  const caseTitle = (await caseHeading.textContent()) ?? '';
  const persons = page.getByRole('region', { name: 'Personen' });
  for (const name of ['Olena Shevchenko', 'Taras Shevchenko', 'Daryna Shevchenko', 'Marko Shevchenko']) await expect(persons.getByText(name, { exact: true })).toBeVisible();
  await expect(page.getByText(/liegt vor \(seit/)).toBeVisible();
  await expectAccessible(page, 'Fall: Überblick');
  await expect(page.getByRole('button', { name: 'Weiter zu Hilfeplanung' })).toHaveCount(0);
  await transition(page, 'Weiter zu Assessment');
  await expect(page.getByText('Der Fall ist jetzt in der Phase Assessment.')).toBeVisible();

  // Assessment of three life domains.
  await page.getByRole('tab', { name: 'Assessment' }).click();
  for (const [domain, rating, needs] of [
    ['Wohnen', 'dringend', 'Wohnung für vier Personen'],
    ['Sprache', 'Unterstützung nötig', 'Integrationskurs für beide Eltern'],
    ['Bildung', 'Unterstützung nötig', 'Kita-Platz für Marko, Schulanmeldung Daryna'],
  ] as const) {
    await page.getByRole('button', { name: 'Lebensbereich einschätzen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Assessment' });
    await dialog.getByRole('combobox', { name: 'Lebensbereich' }).selectOption({ label: domain });
    await dialog.getByRole('combobox', { name: 'Einschätzung' }).selectOption({ label: rating });
    await dialog.getByRole('textbox', { name: 'Bedarfe' }).fill(needs);
    if (domain === 'Bildung') await expectAccessible(page, 'Assessment-Dialog');
    await saveDialog(page);
  }
  await expect(page.getByRole('table', { name: 'Assessment nach Lebensbereichen' }).getByRole('row')).toHaveCount(4);
  await expectAccessible(page, 'Fall: Assessment');

  // Help plan: two goals with a measure each.
  await transition(page, 'Weiter zu Hilfeplanung');
  await page.getByRole('tab', { name: 'Hilfeplan' }).click();
  for (const [goal, domain, measure] of [
    ['Eigene Wohnung finden', 'Wohnen', 'Wohnberechtigungsschein beantragen'],
    ['Deutsch auf Niveau B1', 'Sprache', 'Anmeldung zum Integrationskurs'],
  ] as const) {
    await page.getByRole('button', { name: 'Ziel hinzufügen' }).click();
    await field(page, 'Was soll erreicht werden?').fill(goal);
    await page.getByRole('dialog').getByRole('combobox', { name: 'Lebensbereich' }).selectOption({ label: domain });
    await saveDialog(page);
    await page.getByRole('button', { name: `Maßnahme hinzufügen zu: ${goal}` }).click();
    await field(page, 'Maßnahme').fill(measure);
    await saveDialog(page);
    await expect(page.getByRole('article', { name: goal }).getByText(measure)).toBeVisible();
  }
  await expectAccessible(page, 'Fall: Hilfeplan');
  await transition(page, 'Weiter zu Umsetzung');

  // A follow-up due today, and a note that is edited once.
  await page.getByRole('tab', { name: 'Wiedervorlagen' }).click();
  await page.getByRole('button', { name: 'Wiedervorlage anlegen' }).click();
  await field(page, 'Worum geht es?').fill('Rückmeldung Wohnungsamt erfragen');
  await saveDialog(page);
  await expect(page.getByText('Rückmeldung Wohnungsamt erfragen')).toBeVisible();
  await expectAccessible(page, 'Fall: Wiedervorlagen');
  await page.getByRole('tab', { name: 'Notizen' }).click();
  await field(page, 'Notiz schreiben').fill('Hausbesuch vereinbart.');
  await page.getByRole('button', { name: 'Notiz speichern' }).click();
  await page.getByRole('button', { name: /^Notiz vom .* bearbeiten$/ }).click();
  await field(page, 'Notiz').fill('Hausbesuch für Donnerstag vereinbart.');
  await saveDialog(page);
  await expect(page.getByText('bearbeitet')).toBeVisible();
  await page.getByRole('button', { name: /^Frühere Fassungen der Notiz/ }).click();
  await expect(page.getByRole('dialog', { name: 'Frühere Fassungen' }).getByText('Hausbesuch vereinbart.')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Schließen' }).click();
  await page.getByRole('tab', { name: 'Verlauf' }).click();
  await expect(page.getByText('Phasenwechsel: Hilfeplanung → Umsetzung')).toBeVisible();
  await page.getByRole('combobox', { name: 'Anzeigen' }).selectOption({ label: 'Wiedervorlagen' });
  await expect(page.getByRole('list', { name: 'Verlauf' }).getByRole('listitem')).toHaveCount(1);
  await expectAccessible(page, 'Fall: Verlauf');

  // Heute shows the follow-up and the case.
  await page.getByRole('link', { name: 'Heute' }).click();
  const followUps = page.getByRole('region', { name: 'Wiedervorlagen' });
  await expect(followUps.getByText('Heute fällig')).toBeVisible();
  await expect(followUps.getByText('Rückmeldung Wohnungsamt erfragen')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Zuletzt bearbeitete Fälle' }).getByText('Shevchenko, Olena')).toBeVisible();
  await expectAccessible(page, 'Heute');

  // Ctrl+K: the mother under the German transliteration of her name.
  await page.keyboard.press('Control+k');
  const search = page.getByRole('dialog', { name: 'Suche' });
  await search.getByRole('combobox', { name: 'Person, Fallnummer oder Notiz' }).fill('Schewtschenko Jelena');
  await expect(search.getByRole('option', { name: /Person: Olena Shevchenko/ })).toBeVisible();
  await expectAccessible(page, 'Suche');
  await page.keyboard.press('Enter');
  await expect(search).toBeHidden();
  await expect(heading(page, caseTitle)).toBeVisible();

  // Closing with open goals and an open follow-up needs an explanation.
  await page.getByRole('button', { name: 'Fall abschließen' }).click();
  const close = page.getByRole('dialog', { name: 'Fall abschließen' });
  await close.getByRole('combobox', { name: 'Abschlussgrund' }).selectOption({ label: 'Wegzug' });
  await close.getByRole('combobox', { name: 'Zielerreichung' }).selectOption({ label: 'Ziele teilweise erreicht' });
  await close.getByRole('button', { name: 'Abschließen' }).click();
  await expect(close.getByText('Bitte füllen Sie dieses Feld aus.')).toBeVisible();
  await close.getByRole('textbox', { name: 'Warum wird der Fall trotzdem abgeschlossen?' }).fill('Familie zieht in eine andere Stadt, Übergabe ist erfolgt.');
  await expectAccessible(page, 'Fall abschließen');
  await close.getByRole('button', { name: 'Abschließen' }).click();
  await expect(close).toBeHidden();
  await expect(page.getByText('Der Fall ist jetzt in der Phase Abschluss.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Wiedereröffnen: Monitoring' })).toBeVisible();
  await expectAccessible(page, 'Abgeschlossener Fall');
});

test('Kommunen: hinzufügen, umbenennen, deaktivieren (Einstellungen, Administration)', async ({ page, app }) => {
  await setupOfficeViaApi(app.url);
  await page.goto(app.url);
  await loginViaUi(page, ADMIN.username, ADMIN.password);
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  const section = page.getByRole('region', { name: 'Kommunen' });
  await expect(section.getByText('Noch keine Kommunen.')).toBeVisible();
  await section.getByRole('button', { name: 'Kommune hinzufügen' }).click();
  await field(page, 'Name der Kommune').fill('Beispielstadt (synthetisch)');
  await saveDialog(page);
  await expect(section.getByRole('row', { name: /Beispielstadt \(synthetisch\) aktiv/ })).toBeVisible();
  await section.getByRole('button', { name: 'Umbenennen: Beispielstadt (synthetisch)' }).click();
  await field(page, 'Name der Kommune').fill('Beispielstadt-Nord (synthetisch)');
  await saveDialog(page);
  await section.getByRole('button', { name: 'Deaktivieren: Beispielstadt-Nord (synthetisch)' }).click();
  await expect(section.getByRole('row', { name: /Beispielstadt-Nord \(synthetisch\) deaktiviert/ })).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Vorlauf in Wochen' }).fill('6');
  await page.getByRole('region', { name: 'Erinnerungen an Aufenthaltsdokumente' }).getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Der Vorlauf wurde gespeichert.')).toBeVisible();
  await expectAccessible(page, 'Einstellungen mit Kommunen');
});
