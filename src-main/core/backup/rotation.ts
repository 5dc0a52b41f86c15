import { Temporal } from 'temporal-polyfill';
import type { BackupRotation } from '../../contract/channels/backup';

// Which automatic backups to keep, in the style of restic's --keep-daily/--keep-weekly/--keep-monthly:
// walking from the newest backup back, each rule keeps the newest backup of each of its last n
// periods (days, ISO weeks, months) that have a backup. A backup kept by any rule stays.

export interface RotationItem {
  id: string;
  /** Berlin wall time `YYYY-MM-DDTHH:mm:ss`. */
  localDateTime: string;
}

const dayOf = (dt: string) => dt.slice(0, 10);
const monthOf = (dt: string) => dt.slice(0, 7);
function isoWeekOf(dt: string): string {
  const d = Temporal.PlainDate.from(dayOf(dt));
  return `${d.yearOfWeek}-W${String(d.weekOfYear).padStart(2, '0')}`;
}

/** Ids to keep. Pure: same input, same answer; the newest backup is always kept. */
export function backupsToKeep(items: readonly RotationItem[], policy: BackupRotation): Set<string> {
  const newestFirst = [...items].sort((a, b) => (a.localDateTime < b.localDateTime ? 1 : a.localDateTime > b.localDateTime ? -1 : a.id < b.id ? 1 : -1));
  const keep = new Set<string>();
  const rules: Array<[number, (dt: string) => string]> = [
    [policy.daily, dayOf],
    [policy.weekly, isoWeekOf],
    [policy.monthly, monthOf],
  ];
  for (const [count, periodOf] of rules) {
    const seen = new Set<string>();
    for (const item of newestFirst) {
      if (seen.size >= count) break;
      const period = periodOf(item.localDateTime);
      if (seen.has(period)) continue;
      seen.add(period);
      keep.add(item.id);
    }
  }
  const newest = newestFirst[0];
  if (newest) keep.add(newest.id);
  return keep;
}
