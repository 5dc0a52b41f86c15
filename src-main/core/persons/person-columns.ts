import type { z } from 'zod';
import type { personPatch } from '../../contract/channels/persons';
import { definedOnly, orNull } from '../cases/service-context';
import type { PersonColumns } from './persons-repo';

type PersonFields = z.output<typeof personPatch>;

/**
 * Database columns for the person fields that were sent: JSON for lists, NULL for cleared text,
 * and the birth year taken from an exact birth date so both never disagree.
 */
export function personColumns(p: PersonFields): PersonColumns {
  const birthDate = orNull(p.birthDate);
  return definedOnly({
    familyName: p.familyName,
    givenNames: p.givenNames,
    originalScriptName: orNull(p.originalScriptName),
    altSpellings: p.altSpellings && JSON.stringify(p.altSpellings),
    birthDate,
    birthYear: birthDate ? Number(birthDate.slice(0, 4)) : p.birthYear,
    birthDateApproximate: p.birthDateApproximate,
    gender: p.gender,
    nationality: orNull(p.nationality),
    countryOfOrigin: orNull(p.countryOfOrigin),
    languages: p.languages && JSON.stringify(p.languages),
    germanLevel: p.germanLevel,
    interpreterNeeded: p.interpreterNeeded,
    interpreterLanguage: orNull(p.interpreterLanguage),
    phone: orNull(p.phone),
    email: orNull(p.email),
    street: orNull(p.street),
    postalCode: orNull(p.postalCode),
    city: orNull(p.city),
    kommuneId: p.kommuneId,
    arrivalGermany: orNull(p.arrivalGermany),
    arrivalKommune: orNull(p.arrivalKommune),
    residenceStatus: orNull(p.residenceStatus),
    residenceDocumentType: orNull(p.residenceDocumentType),
    residenceExpiresOn: orNull(p.residenceExpiresOn),
    childNeeds: p.childNeeds && JSON.stringify(p.childNeeds),
  });
}
