import type { ConsentView, DataCategory } from '../../../src-main/contract/channels/consents';
import type { PartnerView } from '../../../src-main/contract/channels/partners';
import { officeWithStaff, USER_PASSWORD } from '../helpers/case-fixtures';
import { ADMIN, type TempOffice } from '../helpers/temp-office';

/** An office on a settable clock; moving it unlocks the sessions the idle lock closed meanwhile. */
export async function officeOnClock(startIso: string) {
  let now = Date.parse(startIso);
  const office = await officeWithStaff(() => now);
  async function setClock(iso: string): Promise<void> {
    now = Date.parse(iso);
    await office.call('app.status'); // every call applies the idle lock first
    for (const [client, password] of [['test-client', ADMIN.password], ['fm', USER_PASSWORD], ['fm2', USER_PASSWORD], ['tl', USER_PASSWORD]] as const) {
      if (office.core.sessions.get(client)?.locked) await office.must('auth.unlock', { password }, client);
    }
  }
  return Object.assign(office, { setClock });
}

export const createPartner = (office: TempOffice, name: string, client = 'fm'): Promise<PartnerView> =>
  office.must<PartnerView>('partners.create', { name, kind: 'sprachkurstraeger', services: 'Integrationskurse' }, client);

export function createConsent(
  office: TempOffice,
  c: { personId: string; partnerId: string; givenOn: string; validUntil?: string | null; dataCategories?: DataCategory[] },
  client = 'fm',
): Promise<ConsentView> {
  return office.must<ConsentView>(
    'consents.create',
    { purpose: 'Vermittlung in einen Sprachkurs', dataCategories: ['stammdaten', 'kontaktdaten'], validUntil: null, ...c },
    client,
  );
}
