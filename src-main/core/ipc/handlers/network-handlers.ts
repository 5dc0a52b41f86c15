import { blockCase, unblockCase } from '../../disputes/case-block-service';
import { listDisputes, listDisputesForCase, markDispute, resolveDispute } from '../../disputes/dispute-service';
import { createConsent, listConsentsForPerson, withdrawConsent } from '../../consents/consent-service';
import { createPartner, getPartner, listPartners, removePartner, updatePartner } from '../../partners/partner-service';
import { assignVolunteer, createVolunteer, listVolunteers, listVolunteersForCase, unassignVolunteer, updateVolunteer } from '../../partners/volunteer-service';
import { createReferral, listReferralsForCase, listTransfersForPerson, recordTransfer } from '../../referrals/referral-service';
import type { HandlerMap } from '../handler-types';
import { caseCtx } from './case-context';

type NetworkChannel =
  | 'partners.list'
  | 'partners.get'
  | 'partners.create'
  | 'partners.update'
  | 'partners.remove'
  | 'volunteers.list'
  | 'volunteers.create'
  | 'volunteers.update'
  | 'volunteers.listForCase'
  | 'volunteers.assign'
  | 'volunteers.unassign'
  | 'consents.listForPerson'
  | 'consents.create'
  | 'consents.withdraw'
  | 'referrals.create'
  | 'referrals.listForCase'
  | 'transfers.record'
  | 'transfers.listForPerson'
  | 'disputes.mark'
  | 'disputes.resolve'
  | 'disputes.list'
  | 'disputes.listForCase'
  | 'cases.block'
  | 'cases.unblock';

export const networkHandlers: HandlerMap<NetworkChannel> = {
  'partners.list': (input, { core }) => listPartners(core.office.database(), input),
  'partners.get': (input, { core }) => getPartner(core.office.database(), input.id),
  'partners.create': (input, ctx) => createPartner(caseCtx(ctx), input),
  'partners.update': (input, ctx) => updatePartner(caseCtx(ctx), input),
  'partners.remove': (input, ctx) => {
    removePartner(caseCtx(ctx), input);
    return null;
  },
  'volunteers.list': (input, ctx) => listVolunteers(caseCtx(ctx), input.includeInactive ?? false),
  'volunteers.create': (input, ctx) => createVolunteer(caseCtx(ctx), input),
  'volunteers.update': (input, ctx) => updateVolunteer(caseCtx(ctx), input),
  'volunteers.listForCase': (input, ctx) => listVolunteersForCase(caseCtx(ctx), input.caseId),
  'volunteers.assign': (input, ctx) => {
    assignVolunteer(caseCtx(ctx), input);
    return null;
  },
  'volunteers.unassign': (input, ctx) => {
    unassignVolunteer(caseCtx(ctx), input);
    return null;
  },
  'consents.listForPerson': (input, ctx) => listConsentsForPerson(caseCtx(ctx), input.personId),
  'consents.create': (input, ctx) => createConsent(caseCtx(ctx), input),
  'consents.withdraw': (input, ctx) => withdrawConsent(caseCtx(ctx), input),
  'referrals.create': (input, ctx) => createReferral(caseCtx(ctx), input),
  'referrals.listForCase': (input, ctx) => listReferralsForCase(caseCtx(ctx), input.caseId),
  'transfers.record': (input, ctx) => recordTransfer(caseCtx(ctx), input),
  'transfers.listForPerson': (input, ctx) => listTransfersForPerson(caseCtx(ctx), input.personId),
  'disputes.mark': (input, ctx) => markDispute(caseCtx(ctx), input),
  'disputes.resolve': (input, ctx) => resolveDispute(caseCtx(ctx), input.id),
  'disputes.list': (input, ctx) => listDisputes(caseCtx(ctx), input.entity, input.entityId),
  'disputes.listForCase': (input, ctx) => listDisputesForCase(caseCtx(ctx), input.caseId),
  'cases.block': (input, ctx) => blockCase(caseCtx(ctx), input),
  'cases.unblock': (input, ctx) => unblockCase(caseCtx(ctx), input),
};
