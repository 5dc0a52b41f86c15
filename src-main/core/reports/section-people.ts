import { GENDERS } from '../../contract/channels/casefile-fields';
import type { ReportSection } from '../../contract/channels/reports';
import type { PersonFacts } from './case-facts';
import { AGE_GROUPS, ageGroupAt, RESIDENCE_GROUPS } from './classify';
import { activeIn } from './period';
import { buildTable, countBy, keysByFrequency, listTable, type SectionInput } from './report-table';
import { hideSharedTotal } from './suppression';

const UNKNOWN = 'unbekannt';

/**
 * The people of the cases active in the period (each case counts its members; a person in two
 * cases counts twice, as snapshots cannot know that it is the same person).
 */
export function peopleSection({ period, facts }: SectionInput): ReportSection {
  const people: PersonFacts[] = facts.filter((f) => activeIn(f, period)).flatMap((f) => f.persons);
  const country = (p: PersonFacts) => [p.country ?? UNKNOWN];
  const countries = keysByFrequency(people, country);
  const samePeople = [
    buildTable(listTable('personen.geschlecht', 'geschlecht', GENDERS, countBy(people, (p) => p.gender, GENDERS), 'pie')),
    buildTable(listTable('personen.alter', 'altersgruppe', AGE_GROUPS, countBy(people, (p) => ageGroupAt(p.born, period.to), AGE_GROUPS), 'bar')),
    buildTable(listTable('personen.herkunft', 'land', countries, countBy(people, country, countries), 'bar')),
    buildTable(listTable('personen.aufenthalt', 'aufenthalt', RESIDENCE_GROUPS, countBy(people, (p) => p.residence, RESIDENCE_GROUPS), 'bar')),
  ];
  hideSharedTotal(samePeople);

  // Several languages per person: no total (it would not be the number of people).
  const languages = keysByFrequency(people, (p) => p.languages);
  const spoken = buildTable({ ...listTable('personen.sprachen', 'sprache', languages, countBy(people, (p) => p.languages, languages), 'bar'), columnTotals: false });
  return { id: 'personen', tables: [...samePeople, spoken] };
}
