import type { z } from 'zod';
import type { PartnerView, partnerCreateInput, partnerUpdateInput } from '../../contract/channels/partners';
import { appendAudit } from '../audit/audit-log';
import { definedOnly, orNull, type CaseCtx } from '../cases/service-context';
import { expectVersion, nextVersion } from '../db/expect-version';
import { inTransaction, type OfficeDb } from '../db/open-encrypted';
import { AppError } from '../errors';
import { foldLatin } from '../names';
import { removePartnerFromSearch, indexPartner } from './partner-search';
import {
  allPartners,
  deletePartnerRow,
  findPartner,
  insertPartner,
  isPartnerReferenced,
  PARTNER_NOT_FOUND,
  toPartnerView,
  updatePartnerRow,
  type PartnerRow,
} from './partners-repo';

type CreateInput = z.output<typeof partnerCreateInput>;
type UpdateInput = z.output<typeof partnerUpdateInput>;

function columnsOf(input: Partial<CreateInput>) {
  const { contacts, street, postalCode, city, phone, email, ...rest } = input;
  return definedOnly({
    ...rest,
    contacts: contacts && JSON.stringify(contacts),
    street: orNull(street),
    postalCode: orNull(postalCode),
    city: orNull(city),
    phone: orNull(phone),
    email: orNull(email),
  });
}

/** Words of name, services, town and contact names, folded so "Caritas Köln" finds "koln" and "köln". */
const haystack = (p: PartnerRow) => foldLatin([p.name, p.services, p.city ?? '', p.contacts].join(' '));

export function listPartners(db: OfficeDb, filter: { query?: string | undefined; kind?: PartnerRow['kind'] | undefined; includeInactive?: boolean | undefined }): PartnerView[] {
  const words = foldLatin(filter.query ?? '').split(' ').filter(Boolean);
  return allPartners(db)
    .filter((p) => (filter.includeInactive || p.active) && (!filter.kind || p.kind === filter.kind))
    .filter((p) => words.length === 0 || words.every((w) => haystack(p).includes(w)))
    .map(toPartnerView);
}

export function getPartner(db: OfficeDb, id: string): PartnerView {
  const row = findPartner(db, id);
  if (!row) throw new AppError('NOT_FOUND', PARTNER_NOT_FOUND);
  return toPartnerView(row);
}

export function createPartner({ db, actor, at }: CaseCtx, input: CreateInput): PartnerView {
  return inTransaction(db, () => {
    const row = insertPartner(db, { ...columnsOf(input), name: input.name, kind: input.kind });
    indexPartner(db, row);
    appendAudit(db, { userId: actor.userId, action: 'partner.create', entity: 'partner', entityId: row.id }, at);
    return toPartnerView(row);
  });
}

export function updatePartner({ db, actor, at }: CaseCtx, input: UpdateInput): PartnerView {
  return inTransaction(db, () => {
    const { id, version, ...patch } = input;
    const before = expectVersion(findPartner(db, id), version, PARTNER_NOT_FOUND);
    const row = updatePartnerRow(db, id, { ...columnsOf(patch), ...nextVersion(before, at) });
    indexPartner(db, row);
    appendAudit(db, { userId: actor.userId, action: 'partner.update', entity: 'partner', entityId: id }, at);
    return toPartnerView(row);
  });
}

export function removePartner({ db, actor, at }: CaseCtx, input: { id: string; version: number }): void {
  inTransaction(db, () => {
    expectVersion(findPartner(db, input.id), input.version, PARTNER_NOT_FOUND);
    if (isPartnerReferenced(db, input.id)) {
      throw new AppError('CONFLICT', 'Dieser Partner wird in Einwilligungen, Vermittlungen oder Hilfeplänen genannt und kann nicht gelöscht werden. Bitte deaktivieren Sie ihn stattdessen.');
    }
    deletePartnerRow(db, input.id);
    removePartnerFromSearch(db, input.id);
    appendAudit(db, { userId: actor.userId, action: 'partner.remove', entity: 'partner', entityId: input.id }, at);
  });
}

/** Consents and referrals name an existing, active partner. */
export function requireActivePartner(db: OfficeDb, id: string): PartnerRow {
  const row = findPartner(db, id);
  if (!row) throw new AppError('NOT_FOUND', PARTNER_NOT_FOUND);
  if (!row.active) throw new AppError('VALIDATION', 'Dieser Partner ist deaktiviert. Bitte wählen Sie einen aktiven Partner.', { field: 'partnerId' });
  return row;
}
