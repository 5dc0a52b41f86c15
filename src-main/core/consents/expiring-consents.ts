import type { ExpiringConsent } from '../../contract/channels/consents';
import { addDays, daysBetween } from '../calendar/berlin-time';
import type { Actor } from '../cases/service-context';
import { readSetting } from '../settings/settings-repo';
import { managedBy } from '../today/today-queries';
import type { TodaySection } from '../today/today-service';
import type { OfficeDb } from '../db/open-encrypted';
import { casesOfPersons, findPersons, type PersonCaseRef } from '../persons/persons-repo';
import { consentsEndingBetween } from './consents-repo';

/** Default lead time, like residence documents: eight weeks. */
export const CONSENT_REMINDER_WEEKS = 8;

/**
 * Consents (not withdrawn) that end within the lead time, today included, for the Heute page:
 * like the rest of that page only the actor's own cases (where they are a case manager), each
 * with such a case to jump to. The caller audits the page read.
 */
export function expiringConsents(db: OfficeDb, actor: Actor, today: string, reminderWeeks = CONSENT_REMINDER_WEEKS): ExpiringConsent[] {
  const ending = consentsEndingBetween(db, today, addDays(today, reminderWeeks * 7));
  const personIds = [...new Set(ending.map((e) => e.personId))];
  // Only the actor's cases are looked up (the window spans the whole office); per person the case
  // with the smallest id, so the link does not depend on the query plan.
  const openable = new Map<string, PersonCaseRef>();
  for (const r of casesOfPersons(db, personIds, managedBy(db, actor.userId))) {
    const seen = openable.get(r.personId);
    if (!seen || r.caseId < seen.caseId) openable.set(r.personId, r);
  }
  const people = new Map(findPersons(db, [...openable.keys()]).map((p) => [p.id, p]));
  return ending.flatMap((consent) => {
    const ref = openable.get(consent.personId);
    const person = people.get(consent.personId);
    if (!ref || !person || consent.validUntil === null) return [];
    return [
      {
        consentId: consent.id,
        personId: person.id,
        familyName: person.familyName,
        givenNames: person.givenNames,
        partnerName: consent.partnerName,
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
