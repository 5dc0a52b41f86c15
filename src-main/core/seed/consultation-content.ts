import type { LifeDomain } from '../../contract/channels/casefile-fields';
import type { ConsultationContent, ConsultationContentInput } from '../../contract/channels/consultation-fields';
import { AGREEMENT_OWNERS, INTERNAL_NOTES, PLAIN_SUMMARIES, SUMMARY_CLOSERS, SUMMARY_OPENERS } from './data/texts-consultation';
import { DOMAIN_TEXTS } from './data/texts-casework';
import type { Prng } from './prng';
import { addDays } from './sim-time';

// The content a case manager writes into a record after the meeting: the prefilled draft (date,
// time, people from the appointment) completed with topics, summary, agreements and the next date.

export interface ContentFacts {
  clientName: string;
  domains: readonly LifeDomain[];
  partnerIds: readonly string[];
  interpreterLanguage: string | null;
  /** The next appointment agreed, or null. */
  next: { date: string; time: string; place: string } | null;
}

const named = (text: string, name: string) => text.replace(/\{name\}/g, name);

export function writtenContent(rng: Prng, draft: ConsultationContent, f: ContentFacts): ConsultationContentInput {
  const domains = f.domains.length > 0 ? rng.sample(f.domains, rng.int(1, Math.min(3, f.domains.length))) : [];
  const topics = domains.map((d) => rng.pick(DOMAIN_TEXTS[d].needs));
  const body = domains.map((d) => rng.pick(DOMAIN_TEXTS[d].notes)).join(' ');
  const agreements = domains.slice(0, rng.int(0, 2)).map((d) => ({
    what: rng.pick(DOMAIN_TEXTS[d].measures),
    who: rng.pick(AGREEMENT_OWNERS),
    dueOn: addDays(draft.date, rng.int(10, 42)),
  }));
  return {
    ...draft,
    form: draft.form ?? 'im_buero',
    durationMinutes: draft.durationMinutes ?? rng.pick([45, 60, 60, 90]),
    lifeDomains: domains,
    topics: topics.length > 0 ? topics : [...draft.topics],
    summary: `${named(rng.pick(SUMMARY_OPENERS), f.clientName)} ${body} ${named(rng.pick(SUMMARY_CLOSERS), f.clientName)}`.trim(),
    summaryPlain: rng.chance(0.3) ? rng.pick(PLAIN_SUMMARIES) : '',
    internalNote: rng.pick(INTERNAL_NOTES),
    partnerIds: f.partnerIds.length > 0 && rng.chance(0.2) ? [rng.pick(f.partnerIds)] : [],
    interpreter: f.interpreterLanguage ? { name: 'Sprachmittlerpool Kreis Ebbenau', language: f.interpreterLanguage } : null,
    agreements,
    nextAppointment: f.next ? { date: f.next.date, time: f.next.time, durationMinutes: 60, form: 'im_buero', place: f.next.place } : null,
  };
}
