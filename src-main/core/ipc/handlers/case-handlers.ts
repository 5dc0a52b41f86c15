import { eligibleManagers } from '../../cases/cases-repo';
import { listCases } from '../../cases/case-list';
import { createCase, getCase, updateCase } from '../../cases/case-service';
import { transitionCase } from '../../cases/phase-service';
import { listKommunen, saveKommune } from '../../kommunen/kommunen-service';
import { createHousehold, addMember, updateHousehold } from '../../persons/household-service';
import { findDuplicates } from '../../persons/duplicates';
import { createPersonInCase, getPerson, updatePerson } from '../../persons/person-service';
import type { HandlerMap } from '../handler-types';
import { caseCtx } from './case-context';

type CaseChannel =
  | 'kommunen.list'
  | 'kommunen.save'
  | 'persons.get'
  | 'persons.create'
  | 'persons.update'
  | 'persons.findDuplicates'
  | 'households.create'
  | 'households.addMember'
  | 'households.update'
  | 'cases.create'
  | 'cases.update'
  | 'cases.transition'
  | 'cases.get'
  | 'cases.list'
  | 'cases.managerOptions';

export const caseHandlers: HandlerMap<CaseChannel> = {
  'kommunen.list': (input, { core }) => listKommunen(core.office.database(), input.includeInactive),
  'kommunen.save': (input, ctx) => saveKommune(caseCtx(ctx), input),
  'persons.get': (input, ctx) => getPerson(caseCtx(ctx), input.id),
  'persons.create': (input, ctx) => createPersonInCase(caseCtx(ctx), input),
  'persons.update': (input, ctx) => updatePerson(caseCtx(ctx), input),
  'persons.findDuplicates': (input, ctx) => findDuplicates(caseCtx(ctx), input),
  'households.create': (input, ctx) => createHousehold(caseCtx(ctx), input),
  'households.addMember': (input, ctx) => addMember(caseCtx(ctx), input),
  'households.update': (input, ctx) => updateHousehold(caseCtx(ctx), input),
  'cases.create': (input, ctx) => createCase(caseCtx(ctx), input),
  'cases.update': (input, ctx) => updateCase(caseCtx(ctx), input),
  'cases.transition': (input, ctx) => transitionCase(caseCtx(ctx), input),
  'cases.get': (input, ctx) => getCase(caseCtx(ctx), input.id),
  'cases.list': (input, ctx) => listCases(caseCtx(ctx), input),
  'cases.managerOptions': (_input, { core }) => eligibleManagers(core.office.database()),
};
