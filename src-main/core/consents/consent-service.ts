import type { z } from 'zod';
import type { contract } from '../../contract';
import type { ConsentView } from '../../contract/channels/consents';
import { appendAudit } from '../audit/audit-log';
import { berlinToday, type CaseCtx } from '../cases/service-context';
import { expectVersion, nextVersion } from '../db/expect-version';
import { inTransaction } from '../db/open-encrypted';
import { AppError } from '../errors';
import { requireActivePartner } from '../partners/partner-service';
import { findPartner } from '../partners/partners-repo';
import { CONSENT_NOT_FOUND, consentsOfPerson, findConsent, insertConsent, setWithdrawn, toConsentView } from './consents-repo';
import { assertPersonReadable, assertPersonWritable } from './person-access';

type CreateInput = z.output<(typeof contract)['consents.create']['input']>;
type WithdrawInput = z.output<(typeof contract)['consents.withdraw']['input']>;

const invalid = (message: string, field: string) => new AppError('VALIDATION', message, { field });

export function listConsentsForPerson({ db, actor, at }: CaseCtx, personId: string): ConsentView[] {
  return inTransaction(db, () => {
    assertPersonReadable(db, personId, actor);
    appendAudit(db, { userId: actor.userId, action: 'consent.list', entity: 'person', entityId: personId }, at);
    return consentsOfPerson(db, personId).map((r) => toConsentView(r.consent, r.partnerName, berlinToday(at)));
  });
}

export function createConsent({ db, actor, at }: CaseCtx, input: CreateInput): ConsentView {
  const today = berlinToday(at);
  if (input.givenOn > today) throw invalid('Das Datum der Einwilligung darf nicht in der Zukunft liegen.', 'givenOn');
  if (input.validUntil !== null && input.validUntil < input.givenOn) throw invalid('„Gültig bis“ darf nicht vor dem Datum der Einwilligung liegen.', 'validUntil');
  return inTransaction(db, () => {
    assertPersonWritable(db, input.personId, actor);
    const partner = requireActivePartner(db, input.partnerId);
    const consent = insertConsent(db, { ...input });
    appendAudit(db, { userId: actor.userId, action: 'consent.create', entity: 'consent', entityId: consent.id }, at);
    return toConsentView(consent, partner.name, today);
  });
}

/** Records the withdrawal; the consent stays on file and stops every later transfer at once. */
export function withdrawConsent({ db, actor, at }: CaseCtx, input: WithdrawInput): ConsentView {
  const today = berlinToday(at);
  if (input.withdrawnOn > today) throw invalid('Das Datum des Widerrufs darf nicht in der Zukunft liegen.', 'withdrawnOn');
  return inTransaction(db, () => {
    const before = expectVersion(findConsent(db, input.id), input.version, CONSENT_NOT_FOUND);
    assertPersonWritable(db, before.personId, actor);
    if (before.withdrawnOn !== null) throw new AppError('CONFLICT', 'Diese Einwilligung wurde bereits widerrufen.');
    if (input.withdrawnOn < before.givenOn) throw invalid('Der Widerruf kann nicht vor der Einwilligung liegen.', 'withdrawnOn');
    const consent = setWithdrawn(db, input.id, input.withdrawnOn, nextVersion(before, at));
    appendAudit(db, { userId: actor.userId, action: 'consent.withdraw', entity: 'consent', entityId: consent.id }, at);
    return toConsentView(consent, findPartner(db, consent.partnerId)?.name ?? '', today);
  });
}
