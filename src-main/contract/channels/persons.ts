import { z } from 'zod';
import { channel } from '../define';
import { id, isoDate, line, requiredLine, version } from '../fields';
import {
  GENDERS,
  GERMAN_LEVELS,
  HOUSEHOLD_RELATIONS,
  KITA_STATUSES,
  LANGUAGE_LEVELS,
  SCHOOL_STATUSES,
  U_UNTERSUCHUNGEN,
  optDate,
  optLine,
  type Gender,
  type GermanLevel,
  type HouseholdRelation,
  type LanguageLevel,
} from './casefile-fields';

/** Children's needs, first class for the family focus: Kita, school, U-Untersuchungen. */
export const childNeeds = z
  .object({
    kita: z.object({ status: z.enum(KITA_STATUSES), place: optLine(200) }).strict().optional(),
    schule: z
      .object({ status: z.enum(SCHOOL_STATUSES), school: optLine(200), grade: optLine(20) })
      .strict()
      .optional(),
    uUntersuchungen: z
      .object({ last: z.enum(U_UNTERSUCHUNGEN).optional(), nextDue: isoDate.optional() })
      .strict()
      .optional(),
  })
  .strict();
export type ChildNeeds = z.output<typeof childNeeds>;

export const languageSkill = z.object({ language: requiredLine(60), level: z.enum(LANGUAGE_LEVELS) }).strict();

/**
 * Every field of a person. Optional text and dates: empty text clears them. Birth: either an exact
 * date or (approximate) a year; the service derives the year from the date and refuses future dates.
 */
const personFields = {
  familyName: requiredLine(100),
  givenNames: requiredLine(100),
  originalScriptName: optLine(200),
  altSpellings: z.array(requiredLine(200)).max(20),
  birthDate: optDate,
  birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
  birthDateApproximate: z.boolean(),
  gender: z.enum(GENDERS),
  nationality: optLine(100),
  countryOfOrigin: optLine(100),
  languages: z.array(languageSkill).max(20),
  germanLevel: z.enum(GERMAN_LEVELS).nullable().optional(),
  interpreterNeeded: z.boolean(),
  interpreterLanguage: optLine(60),
  phone: optLine(60),
  email: z.union([z.literal(''), z.email().max(254)]).optional(),
  street: optLine(200),
  postalCode: z.union([z.literal(''), z.string().trim().regex(/^\d{5}$/)]).optional(),
  city: optLine(120),
  kommuneId: id.nullable().optional(),
  arrivalGermany: optDate,
  arrivalKommune: optDate,
  residenceStatus: optLine(120),
  residenceDocumentType: optLine(120),
  residenceExpiresOn: optDate,
  childNeeds,
};

/** A new person: names required, everything else optional with neutral defaults. */
export const personInput = z
  .object({
    ...personFields,
    altSpellings: personFields.altSpellings.default([]),
    birthDateApproximate: personFields.birthDateApproximate.default(false),
    gender: personFields.gender.default('keine_angabe'),
    languages: personFields.languages.default([]),
    interpreterNeeded: personFields.interpreterNeeded.default(false),
    childNeeds: childNeeds.default({}),
  })
  .strict();
export type PersonInput = z.input<typeof personInput>;

/** A change: only the fields sent are changed (no defaults, so nothing is reset by omission). */
export const personPatch = z.object(personFields).partial().strict();

export interface LanguageSkill {
  language: string;
  level: LanguageLevel;
}

export interface PersonView {
  id: string;
  familyName: string;
  givenNames: string;
  originalScriptName: string | null;
  altSpellings: string[];
  birthDate: string | null;
  birthYear: number | null;
  birthDateApproximate: boolean;
  gender: Gender;
  nationality: string | null;
  countryOfOrigin: string | null;
  languages: LanguageSkill[];
  germanLevel: GermanLevel | null;
  interpreterNeeded: boolean;
  interpreterLanguage: string | null;
  phone: string | null;
  email: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  kommuneId: string | null;
  arrivalGermany: string | null;
  arrivalKommune: string | null;
  residenceStatus: string | null;
  residenceDocumentType: string | null;
  residenceExpiresOn: string | null;
  householdId: string | null;
  householdRelation: HouseholdRelation | null;
  childNeeds: ChildNeeds;
  version: number;
  updatedAt: string;
}

/** A person that may be the same as the one being entered. */
export interface DuplicateCandidate {
  personId: string;
  familyName: string;
  givenNames: string;
  birthYear: number | null;
  /** 0..1, 1 = every name word matched exactly. */
  score: number;
  cases: { caseId: string; caseNumber: string }[];
}

export interface DuplicateCheckResult {
  candidates: DuplicateCandidate[];
  /** Matches in cases the caller may not read: only counted, so they can ask the team lead. */
  hiddenMatches: number;
}

const caseWorkers = ['fallmanagement', 'administration'] as const;

export const personsChannels = {
  'persons.get': channel<PersonView>()(z.object({ id }).strict(), 'user'),
  /** Adds a new person to a case; the case's household is created if it has none yet. */
  'persons.create': channel<PersonView>()(
    z.object({ caseId: id, relation: z.enum(HOUSEHOLD_RELATIONS), person: personInput }).strict(),
    caseWorkers,
  ),
  'persons.update': channel<PersonView>()(
    z.object({ id, version, patch: personPatch, householdRelation: z.enum(HOUSEHOLD_RELATIONS).optional() }).strict(),
    caseWorkers,
  ),
  'persons.findDuplicates': channel<DuplicateCheckResult>()(
    z
      .object({
        familyName: requiredLine(100),
        givenNames: line(100).default(''),
        birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
        /** The person being edited, left out of its own candidates. */
        excludePersonId: id.optional(),
      })
      .strict(),
    'user',
  ),
};
