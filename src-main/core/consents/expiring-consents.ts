import type { ExpiringConsent } from '../../contract/channels/consents';
import { addDays, parseLocalDate } from '../calendar/berlin-time';
import { eq } from 'drizzle-orm';
import type { Actor } from '../cases/service-context';
import { readSetting } from '../settings/settings-repo';
import type { TodaySection } from '../today/today-service';
import type { OfficeDb } from '../db/open-encrypted';
import { caseManagers } from '../db/schema';
import { casesOfPersons, findPersons, type PersonCaseRef } from '../persons/persons-repo';
import { consentsEndingBetween } from './consents-repo';

/** Default lead time, like residence documents: eight weeks. */
export const CONSENT_REMINDER_WEEKS = 8;

const daysBetween = (from: string, to: string) => parseLocalDate(from).until(parseLocalDate(to)).total({ unit: 'days' });

/**
 * Consents (not withdrawn) that end within the lead time, today included, for the Heute page:
 * like the rest of that page only the actor's own cases (where they are a case manager), each
 * with such a case to jump to. The caller audits the page read.
 */
export function expiringConsents(db: OfficeDb, actor: Actor, today: string, reminderWeeks = CONSENT_REMINDER_WEEKS): ExpiringConsent[] {
  const ending = consentsEndingBetween(db, today, addDays(today, reminderWeeks * 7));
  const personIds = [...new Set(ending.map((e) => e.consent.personId))];
  // One query for the actor's cases instead of one check per case: the window spans the whole office.
  const mine = new Set(db.orm.select({ id: caseManagers.caseId }).from(caseManagers).where(eq(caseManagers.userId, actor.userId)).all().map((r) => r.id));
  const openable = new Map<string, PersonCaseRef>();
  for (const r of casesOfPersons(db, personIds)) if (mine.has(r.caseId) && !openable.has(r.personId)) openable.set(r.personId, r);
  const people = new Map(findPersons(db, personIds).map((p) => [p.id, p]));
  return ending.flatMap(({ consent, partnerName }) => {
    const ref = openable.get(consent.personId);
    const person = people.get(consent.personId);
    if (!ref || !person || consent.validUntil === null) return [];
    return [
      {
        consentId: consent.id,
        personId: person.id,
        familyName: person.familyName,
        givenNames: person.givenNames,
        partnerName,
        validUntil: consent.validUntil,
        daysLeft: daysBetween(today, consent.validUntil),
        caseId: ref.caseId,
        caseNumber: ref.caseNumber,
      },
    ];
  });
}

/** The Heute section, with the office's one reminder lead time (the residence documents' too). */
export const expiringConsentsSection: TodaySection = ({ ctx, today }) => ({
  expiringConsents: expiringConsents(ctx.db, ctx.actor, today, readSetting(ctx.db, 'residenceReminderWeeks')),
});
