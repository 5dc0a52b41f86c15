import { PARTNER_KINDS } from '../../contract/channels/partners';
import type { ReportSection } from '../../contract/channels/reports';
import { within } from './period';
import { buildTable, countBy, listTable, type SectionInput } from './report-table';

/** Referrals made in the period, by the kind of partner they went to. */
export function referralsSection({ period, facts }: SectionInput): ReportSection {
  const made = facts.flatMap((f) => f.referrals).filter((r) => within(r.on, period));
  return {
    id: 'vermittlungen',
    tables: [buildTable(listTable('vermittlungen.partnerart', 'partnerart', PARTNER_KINDS, countBy(made, (r) => r.kind, PARTNER_KINDS), 'bar'))],
  };
}
