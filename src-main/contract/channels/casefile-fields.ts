import { z } from 'zod';
import { isoDate, line } from '../fields';

// Enumerations and field helpers shared by the case-file channels (persons, cases, plan, …).
// The database schema stores the same values; the renderer uses them for selects and labels.

export const GENDERS = ['weiblich', 'maennlich', 'divers', 'keine_angabe'] as const;
export const GERMAN_LEVELS = ['keine', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const LANGUAGE_LEVELS = ['muttersprache', 'sehr_gut', 'gut', 'grundkenntnisse'] as const;
export const HOUSEHOLD_RELATIONS = ['elternteil', 'kind', 'ehepartner', 'geschwister', 'sonstige'] as const;
export const CASE_PHASES = ['klaerung', 'assessment', 'hilfeplanung', 'umsetzung', 'monitoring', 'abschluss'] as const;
export const LIFE_DOMAINS = [
  'wohnen',
  'arbeit',
  'sprache',
  'gesundheit',
  'bildung',
  'aufenthalt',
  'finanzen',
  'familie',
  'mobilitaet',
  'digitales',
] as const;
export const RATINGS = ['stabil', 'unterstuetzung', 'dringend'] as const;
export const GOAL_STATUSES = ['offen', 'in_arbeit', 'erreicht', 'teilweise', 'nicht_erreicht', 'verworfen'] as const;
/** Goals in these states still need work: closing a case with them needs an explanation. */
export const OPEN_GOAL_STATUSES = ['offen', 'in_arbeit'] as const;
export const MEASURE_STATUSES = ['geplant', 'laufend', 'erledigt', 'abgebrochen'] as const;
export const GOAL_ATTAINMENTS = ['erreicht', 'teilweise', 'nicht_erreicht'] as const;
export const CLOSURE_REASONS = ['ziele_erreicht', 'wegzug', 'kein_bedarf', 'kontaktabbruch', 'uebergabe', 'sonstiges'] as const;
export const U_UNTERSUCHUNGEN = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U7a', 'U8', 'U9', 'J1', 'J2'] as const;
export const KITA_STATUSES = ['kein_bedarf', 'gesucht', 'angemeldet', 'platz'] as const;
export const SCHOOL_STATUSES = ['nicht_schulpflichtig', 'anmeldung_offen', 'angemeldet', 'besucht'] as const;

export type Gender = (typeof GENDERS)[number];
export type GermanLevel = (typeof GERMAN_LEVELS)[number];
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];
export type HouseholdRelation = (typeof HOUSEHOLD_RELATIONS)[number];
export type CasePhase = (typeof CASE_PHASES)[number];
export type LifeDomain = (typeof LIFE_DOMAINS)[number];
export type Rating = (typeof RATINGS)[number];
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export type GoalAttainment = (typeof GOAL_ATTAINMENTS)[number];
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** An optional single line: empty text means "not given" and is stored as null. */
export const optLine = (max = 200) => line(max).optional();
/** An optional calendar date (real dates only: 2026-02-30 is refused); empty text clears it. */
export const optDate = z.union([z.literal(''), isoDate]).optional();
