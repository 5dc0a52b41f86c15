import { casesChannels } from './cases';
import { followupsChannels } from './followups';
import { householdsChannels } from './households';
import { kommunenChannels } from './kommunen';
import { notesChannels } from './notes';
import { personsChannels } from './persons';
import { planChannels } from './plan';
import { searchChannels } from './search';
import { timelineChannels } from './timeline';
import { todayChannels } from './today';

/** The case-file channels (issue "Fallakten", part A), merged into the contract in one place. */
export const caseFileChannels = {
  ...kommunenChannels,
  ...personsChannels,
  ...householdsChannels,
  ...casesChannels,
  ...planChannels,
  ...followupsChannels,
  ...notesChannels,
  ...timelineChannels,
  ...searchChannels,
  ...todayChannels,
};
