import { describe, expect, it } from 'vitest';
import { ageGroupAt, bornOf, householdTypeAt, residenceGroupOf } from '../../../src-main/core/reports/classify';

describe('report categories', () => {
  it('keeps birth as year and month only, and counts age at a date', () => {
    expect(bornOf({ birthDate: '2020-09-30', birthYear: 2020 })).toBe('2020-09');
    expect(bornOf({ birthDate: null, birthYear: 1975 })).toBe('1975');
    expect(bornOf({ birthDate: null, birthYear: null })).toBeNull();
    expect(ageGroupAt('2020-10', '2026-09-30')).toBe('0-5'); // 5 until October
    expect(ageGroupAt('2020-09', '2026-09-30')).toBe('6-17');
    expect(ageGroupAt('2008-09', '2026-09-30')).toBe('18-26');
    expect(ageGroupAt('1999-10', '2026-09-30')).toBe('18-26');
    expect(ageGroupAt('1961-01', '2026-09-30')).toBe('65+');
    expect(ageGroupAt(null, '2026-09-30')).toBe('unbekannt');
  });

  it('tells household types apart by the ages (or the recorded relation) of the members', () => {
    const at = '2026-09-30';
    expect(householdTypeAt([{ born: '1990-01', relation: null }], at)).toBe('einzelperson');
    expect(householdTypeAt([{ born: '2003-01', relation: null }], at)).toBe('junge_menschen');
    expect(householdTypeAt([{ born: '2010-01', relation: null }, { born: '2012-01', relation: null }], at)).toBe('junge_menschen');
    expect(householdTypeAt([{ born: '1990-01', relation: 'elternteil' }, { born: null, relation: 'kind' }], at)).toBe('alleinerziehend');
    expect(householdTypeAt([{ born: '1990-01', relation: null }, { born: '1991-01', relation: null }, { born: '2020-01', relation: null }], at)).toBe('familie_mit_kindern');
    expect(householdTypeAt([{ born: '1990-01', relation: null }, { born: '1960-01', relation: null }], at)).toBe('sonstige');
  });

  it('sorts free-text residence statuses into groups', () => {
    expect(residenceGroupOf('Aufenthaltsgestattung')).toBe('asylverfahren');
    expect(residenceGroupOf('Duldung nach § 60a')).toBe('duldung');
    expect(residenceGroupOf('Aufenthaltserlaubnis § 24 AufenthG')).toBe('schutz_24');
    expect(residenceGroupOf('Vorübergehender Schutz')).toBe('schutz_24');
    expect(residenceGroupOf('Aufenthaltserlaubnis (deutscher Ehepartner)')).toBe('aufenthaltserlaubnis');
    expect(residenceGroupOf('Niederlassungserlaubnis')).toBe('niederlassung');
    expect(residenceGroupOf('EU-Bürgerin')).toBe('eu_freizuegigkeit');
    expect(residenceGroupOf('Deutsche Staatsangehörigkeit')).toBe('deutsch');
    expect(residenceGroupOf('Visum')).toBe('sonstige');
    expect(residenceGroupOf('  ')).toBe('unbekannt');
    expect(residenceGroupOf(null)).toBe('unbekannt');
  });
});
