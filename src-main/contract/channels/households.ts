import { z } from 'zod';
import { channel } from '../define';
import { id, requiredLine, version } from '../fields';
import { HOUSEHOLD_RELATIONS, optLine, type Gender, type HouseholdRelation } from './casefile-fields';

/** Address fields of a household; empty text clears them. */
export const householdAddress = {
  street: optLine(200),
  postalCode: z.union([z.literal(''), z.string().trim().regex(/^\d{5}$/)]).optional(),
  city: optLine(120),
};

/** A member as the case overview lists them. */
export interface PersonSummary {
  id: string;
  familyName: string;
  givenNames: string;
  birthDate: string | null;
  birthYear: number | null;
  gender: Gender;
  householdRelation: HouseholdRelation | null;
  residenceExpiresOn: string | null;
  version: number;
}

export interface HouseholdView {
  id: string;
  label: string;
  kommuneId: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  version: number;
  members: PersonSummary[];
}

const caseWorkers = ['fallmanagement', 'administration'] as const;

export const householdsChannels = {
  /** Turns a one-person case into a family case: creates its household with the primary person in it. */
  'households.create': channel<HouseholdView>()(
    z
      .object({
        caseId: id,
        label: requiredLine(200),
        primaryRelation: z.enum(HOUSEHOLD_RELATIONS),
        ...householdAddress,
      })
      .strict(),
    caseWorkers,
  ),
  /** Adds an existing person (e.g. one the duplicate check found) to a household. */
  'households.addMember': channel<HouseholdView>()(
    z.object({ householdId: id, personId: id, relation: z.enum(HOUSEHOLD_RELATIONS) }).strict(),
    caseWorkers,
  ),
  'households.update': channel<HouseholdView>()(
    z.object({ id, version, label: requiredLine(200).optional(), ...householdAddress }).strict(),
    caseWorkers,
  ),
};
