import type { TimelineEntry } from '@contract/channels/timeline';
import type { TFunction } from 'i18next';
import { formatDay } from '../../network/format';

const phase = (t: TFunction, p: string | null | undefined) => (p ? t(`cases:phases.${p}`) : '');

/** The headline of a timeline entry in the user's language; unknown kinds of later features get a generic line. */
export function timelineHeadline(t: TFunction, e: TimelineEntry): string {
  const d = e.details;
  switch (`${e.kind}:${e.event}`) {
    case 'phase:transition':
      return d.from ? t('cases:timeline.events.phase', { from: phase(t, d.from), to: phase(t, d.to) }) : t('cases:timeline.events.phaseOpened');
    case 'note:created':
      return t('cases:timeline.events.noteCreated');
    case 'note:edited':
      return t('cases:timeline.events.noteEdited');
    case 'assessment:assessed':
      return t('cases:timeline.events.assessed', { domain: t(`cases:domains.${d.domain}`), rating: t(`cases:ratings.${d.rating}`) });
    case 'goal:created':
      return t('cases:timeline.events.goalCreated', { domain: t(`cases:domains.${d.domain}`) });
    case 'goal:updated':
      return t('cases:timeline.events.goalUpdated', { domain: t(`cases:domains.${d.domain}`), status: t(`cases:goalStatuses.${d.status}`) });
    case 'followup:created':
      return t('cases:timeline.events.followupCreated', { due: d.dueOn ? formatDay(d.dueOn) : '' });
    case 'followup:done':
      return t('cases:timeline.events.followupDone');
    default:
      return t('cases:timeline.events.other', { kind: t(`cases:timeline.kinds.${e.kind}`, { defaultValue: e.kind }), event: e.event });
  }
}

/** A phase closing's reason is a code; everything else is shown as written. */
export function timelineSummary(t: TFunction, e: TimelineEntry): string | null {
  if (e.kind === 'phase' && e.details.to === 'abschluss' && e.summary) return t(`cases:closureReasons.${e.summary}`, { defaultValue: e.summary });
  return e.summary;
}
