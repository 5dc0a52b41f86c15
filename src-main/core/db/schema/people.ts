import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { GENDERS, GERMAN_LEVELS, HOUSEHOLD_RELATIONS } from '../../../contract/channels/casefile-fields';
import { versioned } from './columns';

/** The municipalities the office serves (configurable list). */
export const kommunen = sqliteTable('kommunen', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  version: integer('version').notNull().default(0),
});

export const households = sqliteTable('households', {
  id: text('id').primaryKey(),
  label: text('label').notNull(),
  kommuneId: text('kommune_id').references(() => kommunen.id),
  street: text('street'),
  postalCode: text('postal_code'),
  city: text('city'),
  ...versioned(),
});

export const persons = sqliteTable(
  'persons',
  {
    id: text('id').primaryKey(),
    familyName: text('family_name').notNull(),
    givenNames: text('given_names').notNull(),
    /** Name as written in the original script (Arabic, Cyrillic, …). */
    originalScriptName: text('original_script_name'),
    /** JSON array of former or alternative spellings. */
    altSpellings: text('alt_spellings').notNull().default('[]'),
    birthDate: text('birth_date'),
    birthYear: integer('birth_year'),
    birthDateApproximate: integer('birth_date_approximate', { mode: 'boolean' }).notNull().default(false),
    gender: text('gender', { enum: GENDERS }).notNull().default('keine_angabe'),
    nationality: text('nationality'),
    countryOfOrigin: text('country_of_origin'),
    /** JSON array of {language, level}. */
    languages: text('languages').notNull().default('[]'),
    germanLevel: text('german_level', { enum: GERMAN_LEVELS }),
    interpreterNeeded: integer('interpreter_needed', { mode: 'boolean' }).notNull().default(false),
    interpreterLanguage: text('interpreter_language'),
    phone: text('phone'),
    email: text('email'),
    street: text('street'),
    postalCode: text('postal_code'),
    city: text('city'),
    kommuneId: text('kommune_id').references(() => kommunen.id),
    arrivalGermany: text('arrival_germany'),
    arrivalKommune: text('arrival_kommune'),
    residenceStatus: text('residence_status'),
    residenceDocumentType: text('residence_document_type'),
    residenceExpiresOn: text('residence_expires_on'),
    householdId: text('household_id').references(() => households.id),
    /** Relation to the household: parent, child, spouse, sibling, other. */
    householdRelation: text('household_relation', { enum: HOUSEHOLD_RELATIONS }),
    /** Children's needs (Kita, school, U-Untersuchungen) as JSON, first class for the family focus. */
    childNeeds: text('child_needs').notNull().default('{}'),
    ...versioned(),
  },
  (t) => [
    index('persons_household').on(t.householdId),
    index('persons_residence_expiry').on(t.residenceExpiresOn),
    index('persons_birth_year').on(t.birthYear),
  ],
);

/** Name-key index for transliteration-tolerant search and duplicate checks; rebuilt on every write. */
export const personNameKeys = sqliteTable(
  'person_name_keys',
  {
    personId: text('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.personId] }), index('person_name_keys_person').on(t.personId)],
);
