import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerView } from '../../../src-main/contract/channels/partners';
import type { SearchHit } from '../../../src-main/contract/channels/search';
import { auditRows, createCase, officeWithStaff } from '../helpers/case-fixtures';
import { createConsent } from './network-helpers';

let office: Awaited<ReturnType<typeof officeWithStaff>>;
beforeAll(async () => {
  office = await officeWithStaff();
});
afterAll(() => office.cleanup());

const caritas = {
  name: 'Caritas Migrationsberatung Köln (synthetisch)',
  kind: 'wohlfahrtsverband',
  services: 'Migrationsberatung für Erwachsene, Schuldnerberatung',
  contacts: [{ name: 'Frau Muster-Beispiel', role: 'Beraterin', phone: '0221 000000', email: 'beratung@example.org' }],
  street: 'Musterweg 1',
  postalCode: '50667',
  city: 'Köln',
};

/** Whether the global search (Ctrl+K) finds the partner by this word. */
const indexed = async (entityId: string, word: string) =>
  (await office.must<SearchHit[]>('search.global', { query: word }, 'tl')).some((h) => h.entity === 'partner' && h.entityId === entityId);

describe('partner directory', () => {
  let partner: PartnerView;

  it('is created by case managers and the administration, not by the team lead', async () => {
    partner = await office.must<PartnerView>('partners.create', caritas, 'fm');
    expect(partner).toMatchObject({ ...caritas, phone: null, email: null, active: true, version: 0 });
    expect(await office.call('partners.create', { name: 'X', kind: 'verein' }, 'tl')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await office.call('partners.create', { name: 'Sportverein (synthetisch)', kind: 'verein' }, 'test-client')).ok).toBe(true);
  });

  it('refuses bad input with VALIDATION and saves nothing', async () => {
    const before = (await office.must<PartnerView[]>('partners.list', { includeInactive: true }, 'tl')).length;
    for (const bad of [{ ...caritas, name: '' }, { ...caritas, kind: 'bank' }, { ...caritas, postalCode: '123' }, { ...caritas, contacts: [{ name: 'A', email: 'kein-mail' }] }]) {
      expect(await office.call('partners.create', bad, 'fm')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(await office.must<PartnerView[]>('partners.list', { includeInactive: true }, 'tl')).toHaveLength(before);
  });

  it('finds partners by folded words of name, services, town and contacts; filters by kind', async () => {
    const find = (query: string) => office.must<PartnerView[]>('partners.list', { query }, 'tl').then((l) => l.map((p) => p.id));
    expect(await find('koln schuldner')).toEqual([partner.id]);
    expect(await find('MUSTER-beispiel')).toContain(partner.id);
    expect(await find('köln jobcenter')).toEqual([]);
    expect((await office.must<PartnerView[]>('partners.list', { kind: 'verein' }, 'tl')).map((p) => p.name)).toEqual(['Sportverein (synthetisch)']);
  });

  it('is found by the global search, also after a change', async () => {
    expect(await indexed(partner.id, 'Schuldnerberatung')).toBe(true);
    expect(await indexed(partner.id, 'koln')).toBe(true);
    partner = await office.must<PartnerView>('partners.update', { id: partner.id, version: partner.version, services: 'Sprachcafé' }, 'fm');
    expect(await indexed(partner.id, 'Schuldnerberatung')).toBe(false);
    expect(await indexed(partner.id, 'sprachcafe')).toBe(true);
  });

  it('updates with versions: a stale version is a CONFLICT with the current one', async () => {
    const stale = partner.version;
    partner = await office.must<PartnerView>('partners.update', { id: partner.id, version: stale, phone: '0221 111111', email: '' }, 'test-client');
    expect(partner).toMatchObject({ version: stale + 1, phone: '0221 111111', email: null, name: caritas.name });
    expect(await office.call('partners.update', { id: partner.id, version: stale, name: 'Überschrieben' }, 'fm')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { currentVersion: stale + 1 } },
    });
  });

  it('deletes an unused partner, but only deactivates one a consent names', async () => {
    const unused = await office.must<PartnerView>('partners.create', { name: 'Tippfehler (synthetisch)', kind: 'sonstige' }, 'fm');
    expect(await indexed(unused.id, 'Tippfehler')).toBe(true);
    await office.must('partners.remove', { id: unused.id, version: unused.version }, 'fm');
    expect(await indexed(unused.id, 'Tippfehler')).toBe(false);
    expect(await office.call('partners.get', { id: unused.id }, 'fm')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const c = await createCase(office, 'fm');
    await createConsent(office, { personId: c.personIds[0] as string, partnerId: partner.id, givenOn: '2026-01-05' });
    expect(await office.call('partners.remove', { id: partner.id, version: partner.version }, 'fm')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    partner = await office.must<PartnerView>('partners.update', { id: partner.id, version: partner.version, active: false }, 'fm');
    expect((await office.must<PartnerView[]>('partners.list', {}, 'fm')).map((p) => p.id)).not.toContain(partner.id);
    const consent = await office.call('consents.create', { personId: c.personIds[0], partnerId: partner.id, purpose: 'x', dataCategories: ['stammdaten'], givenOn: '2026-01-05' }, 'fm');
    expect(consent).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('audits changes by id, without names or contact data', () => {
    const rows = auditRows(office).filter((r) => r.entity === 'partner');
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['partner.create', 'partner.update', 'partner.remove']));
    expect(JSON.stringify(auditRows(office))).not.toMatch(/Caritas|Muster|0221/);
  });
});
