import type { ConsentFormPrintView } from '../../contract/channels/print';
import { appendAudit } from '../audit/audit-log';
import { berlinToday, type CaseCtx } from '../cases/service-context';
import { CONSENT_NOT_FOUND, findConsent, toConsentView } from '../consents/consents-repo';
import { assertPersonReadable } from '../consents/person-access';
import { inTransaction } from '../db/open-encrypted';
import { AppError } from '../errors';
import { findPartner } from '../partners/partners-repo';
import { findPerson, PERSON_NOT_FOUND } from '../persons/persons-repo';
import { displayName } from '../persons/person-names';
import { findCaseNumber } from './print-records';

/** A consent from the register (part B's consents), with the person and the named recipient, for the form. */
export function consentFormPrintView(ctx: CaseCtx, consentId: string): ConsentFormPrintView {
  const { db, actor } = ctx;
  return inTransaction(db, () => {
    const consent = findConsent(db, consentId);
    if (!consent) throw new AppError('NOT_FOUND', CONSENT_NOT_FOUND);
    const caseId = assertPersonReadable(db, consent.personId, actor);
    const person = findPerson(db, consent.personId);
    if (!person) throw new AppError('NOT_FOUND', PERSON_NOT_FOUND);
    const partner = findPartner(db, consent.partnerId);
    appendAudit(db, { userId: actor.userId, action: 'consent.read-for-print', entity: 'consent', entityId: consent.id }, ctx.at);
    return {
      consent: toConsentView(consent, partner?.name ?? '', berlinToday(ctx.at)),
      person: { name: displayName(person), birthDate: person.birthDate, street: person.street, postalCode: person.postalCode, city: person.city },
      recipient: { name: partner?.name ?? '', street: partner?.street ?? null, postalCode: partner?.postalCode ?? null, city: partner?.city ?? null },
      caseNumber: findCaseNumber(db, caseId),
    };
  });
}
