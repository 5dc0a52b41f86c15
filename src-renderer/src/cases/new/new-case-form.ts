import { HOUSEHOLD_RELATIONS } from '@contract/channels/casefile-fields';
import { caseCreateInput } from '@contract/channels/cases';
import type { InputOf } from '@contract';
import { z } from 'zod';
import { EMPTY_PERSON, personFormSchema, toPersonInput } from '../shared/person-form';
import { todayIso } from '../../network/format';

const memberForm = z.object({ person: personFormSchema, relation: z.union([z.literal(''), z.enum(HOUSEHOLD_RELATIONS)]) });

/** The wizard's form: the contract's create input with members in their form shape. */
export const newCaseFormSchema = caseCreateInput.extend({ members: z.array(memberForm).min(1).max(20), family: z.boolean() });
export type NewCaseForm = z.input<typeof newCaseFormSchema>;

export const emptyMember = (relation: NewCaseForm['members'][number]['relation'] = '') => ({ person: { ...EMPTY_PERSON }, relation });

export const initialNewCase = (): NewCaseForm => ({
  kommuneId: '',
  intakeReason: '',
  firstContactOn: todayIso(),
  consentRecorded: false,
  consentRecordedOn: todayIso(),
  managerIds: [],
  members: [emptyMember()],
  primaryIndex: 0,
  household: { label: '' },
  family: false,
});

/** Fields checked before leaving each step. */
export const STEP_FIELDS = [['members'], ['kommuneId', 'intakeReason', 'firstContactOn', 'consentRecordedOn']] as const;

export function toCreateInput(f: NewCaseForm): InputOf<'cases.create'> {
  const members = f.family ? f.members : f.members.slice(0, 1);
  return {
    kommuneId: f.kommuneId,
    intakeReason: f.intakeReason,
    firstContactOn: f.firstContactOn,
    consentRecorded: f.consentRecorded,
    consentRecordedOn: f.consentRecorded ? f.consentRecordedOn : '',
    managerIds: f.managerIds,
    members: members.map((m) => ({ person: toPersonInput(m.person), ...(m.relation ? { relation: m.relation } : {}) })),
    primaryIndex: f.family ? (f.primaryIndex ?? 0) : 0,
    ...(f.family ? { household: { label: f.household?.label ?? '' } } : {}),
  };
}

