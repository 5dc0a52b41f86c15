import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BARRIER_CATEGORIES, BARRIER_STATUSES } from '../../../src-main/contract/channels/barriers';
import { LIFE_DOMAINS } from '../../../src-main/contract/channels/casefile-fields';
import { PARTNER_KINDS } from '../../../src-main/contract/channels/partners';
import { AGE_GROUPS, HOUSEHOLD_TYPES, RESIDENCE_GROUPS } from '../../../src-main/core/reports/classify';
import { REPORT_LABELS_DE, tableTitle } from '../../../src-main/core/reports/labels-de';

const i18n = (lang: string) => JSON.parse(readFileSync(resolve(__dirname, `../../../src-renderer/src/i18n/${lang}/reports.json`), 'utf8')) as Record<string, unknown>;
const keyPaths = (o: unknown, prefix = ''): string[] =>
  typeof o === 'object' && o !== null ? Object.entries(o).flatMap(([k, v]) => keyPaths(v, `${prefix}${k}.`)) : [prefix.slice(0, -1)];

describe('report labels', () => {
  it('the renderer shows the same German labels as the exports', () => {
    const de = i18n('de');
    const { section, table, dimName, dim, cell } = de;
    expect({ section, table, dimName, dim, cell }).toEqual(REPORT_LABELS_DE);
  });

  it('English has every key German has', () => {
    expect(keyPaths(i18n('en')).sort()).toEqual(keyPaths(i18n('de')).sort());
  });

  it('every code of every dimension has a label', () => {
    const dims: Record<string, readonly string[]> = {
      huerdenkategorie: BARRIER_CATEGORIES,
      huerdenstatus: BARRIER_STATUSES,
      lebensbereich: LIFE_DOMAINS,
      partnerart: PARTNER_KINDS,
      altersgruppe: AGE_GROUPS,
      haushalt: HOUSEHOLD_TYPES,
      aufenthalt: RESIDENCE_GROUPS,
    };
    for (const [dim, codes] of Object.entries(dims)) {
      expect(Object.keys((REPORT_LABELS_DE.dim as Record<string, object>)[dim]!).sort(), dim).toEqual([...codes].sort());
    }
    expect(tableTitle('personen.geschlecht')).toBe('Personen nach Geschlecht');
  });
});
