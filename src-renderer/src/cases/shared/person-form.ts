import { GERMAN_LEVELS, HOUSEHOLD_RELATIONS, KITA_STATUSES, optDate, optLine, SCHOOL_STATUSES, U_UNTERSUCHUNGEN } from '@contract/channels/casefile-fields';
import { personInput, type PersonInput, type PersonView } from '@contract/channels/persons';
import { z } from 'zod';

/** A select that may be left on its empty choice. */
const blank = <T extends z.ZodType>(s: T) => z.union([z.literal(''), s]).optional();

/** Children's needs as the form holds them: every select may be empty (toPersonInput drops those). */
const childNeedsForm = z.object({
  kita: z.object({ status: blank(z.enum(KITA_STATUSES)), place: optLine(200) }).optional(),
  schule: z.object({ status: blank(z.enum(SCHOOL_STATUSES)), school: optLine(200), grade: optLine(20) }).optional(),
  uUntersuchungen: z.object({ last: blank(z.enum(U_UNTERSUCHUNGEN)), nextDue: optDate }).optional(),
});

/**
 * The person form: the contract's person schema, with two fields in the shape a form edits
 * (birth year as text, alternative spellings as one comma-separated line).
 */
export const personFormSchema = personInput.extend({
  birthYear: z.string().trim().regex(/^((19|20)\d{2})?$/),
  altSpellings: z.string().max(2_000),
  germanLevel: blank(z.enum(GERMAN_LEVELS)).nullable(),
  childNeeds: childNeedsForm,
});
export type PersonForm = z.input<typeof personFormSchema>;

/** The person dialog also sets the relation to the household (stored on the person, sent beside it). */
export const personDialogSchema = personFormSchema.extend({ relation: z.union([z.literal(''), z.enum(HOUSEHOLD_RELATIONS)]) });
export type PersonDialogForm = z.input<typeof personDialogSchema>;

export const EMPTY_PERSON: PersonForm = {
  familyName: '',
  givenNames: '',
  originalScriptName: '',
  altSpellings: '',
  birthDate: '',
  birthYear: '',
  birthDateApproximate: false,
  gender: 'keine_angabe',
  nationality: '',
  countryOfOrigin: '',
  languages: [],
  germanLevel: null,
  interpreterNeeded: false,
  interpreterLanguage: '',
  phone: '',
  email: '',
  street: '',
  postalCode: '',
  city: '',
  arrivalGermany: '',
  arrivalKommune: '',
  residenceStatus: '',
  residenceDocumentType: '',
  residenceExpiresOn: '',
  childNeeds: {},
};

/** Drops empty child-need parts, so "no Kita status chosen" is not sent as an invalid object. */
function childNeedsOf(c: PersonForm['childNeeds']): PersonInput['childNeeds'] {
  const out: NonNullable<PersonInput['childNeeds']> = {};
  if (c?.kita?.status) out.kita = { ...c.kita, status: c.kita.status };
  if (c?.schule?.status) out.schule = { ...c.schule, status: c.schule.status };
  if (c?.uUntersuchungen?.last || c?.uUntersuchungen?.nextDue) {
    out.uUntersuchungen = {
      ...(c.uUntersuchungen.last ? { last: c.uUntersuchungen.last } : {}),
      ...(c.uUntersuchungen.nextDue ? { nextDue: c.uUntersuchungen.nextDue } : {}),
    };
  }
  return out;
}

export function toPersonInput(f: PersonForm): PersonInput {
  return {
    ...f,
    birthYear: f.birthYear ? Number(f.birthYear) : null,
    altSpellings: f.altSpellings
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    germanLevel: f.germanLevel || null,
    childNeeds: childNeedsOf(f.childNeeds),
  };
}

const text = (v: string | null) => v ?? '';

export const personFormOf = (p: PersonView): PersonForm => ({
  ...EMPTY_PERSON,
  familyName: p.familyName,
  givenNames: p.givenNames,
  originalScriptName: text(p.originalScriptName),
  altSpellings: p.altSpellings.join(', '),
  birthDate: text(p.birthDate),
  birthYear: p.birthDate || p.birthYear === null ? '' : String(p.birthYear),
  birthDateApproximate: p.birthDateApproximate,
  gender: p.gender,
  nationality: text(p.nationality),
  countryOfOrigin: text(p.countryOfOrigin),
  languages: p.languages,
  germanLevel: p.germanLevel,
  interpreterNeeded: p.interpreterNeeded,
  interpreterLanguage: text(p.interpreterLanguage),
  phone: text(p.phone),
  email: text(p.email),
  street: text(p.street),
  postalCode: text(p.postalCode),
  city: text(p.city),
  arrivalGermany: text(p.arrivalGermany),
  arrivalKommune: text(p.arrivalKommune),
  residenceStatus: text(p.residenceStatus),
  residenceDocumentType: text(p.residenceDocumentType),
  residenceExpiresOn: text(p.residenceExpiresOn),
  childNeeds: p.childNeeds,
});
