import { DATA_CATEGORY_LABELS, type DataCategory } from '../../contract/channels/consents';
import { utcToBerlin } from '../calendar/berlin-time';
import type { CasePayload, HandoverPayload } from './payload';

// The imported case's "external reference": a note with the original case number, where it came
// from, and the consents and referrals of the sending office as plain text. Those consents were
// given to the other office and its partners, so they are not re-created as valid consents here.

const germanDate = (iso: string | null): string => (iso ? iso.slice(0, 10).split('-').reverse().join('.') : '–');
const label = (k: string): string => DATA_CATEGORY_LABELS[k as DataCategory] ?? k;

export function handoverNoteText(payload: HandoverPayload, c: CasePayload): string {
  const name = (personId: string) => {
    const p = c.persons.find((x) => x.id === personId);
    return p ? `${p.givenNames} ${p.familyName}` : '–';
  };
  const lines = [
    `Fallübergabe übernommen. Ursprüngliche Fallnummer: ${c.case.caseNumber}`,
    `Abgebende Stelle: ${payload.fromOffice || '–'}; Übergabedatei erstellt am ${germanDate(utcToBerlin(payload.createdAt).date)}.`,
  ];
  if (c.consents.length > 0) {
    lines.push('', 'Einwilligungen bei der abgebenden Stelle (gelten hier nicht, bitte bei Bedarf neu einholen):');
    for (const k of c.consents) {
      const state = k.withdrawnOn ? `widerrufen am ${germanDate(k.withdrawnOn)}` : `gültig bis ${germanDate(k.validUntil)}`;
      lines.push(`- ${name(k.personId)} → ${k.partner.name} (${k.partner.kind}): ${k.purpose}; ${k.dataCategories.map(label).join(', ')}; erteilt am ${germanDate(k.givenOn)}, ${state}`);
    }
  }
  if (c.referrals.length > 0) {
    lines.push('', 'Vermittlungen der abgebenden Stelle:');
    for (const r of c.referrals) lines.push(`- ${germanDate(r.referredOn)}: ${name(r.personId)} → ${r.partner.name} (${r.partner.kind}): ${r.purpose}`);
  }
  return lines.join('\n');
}
