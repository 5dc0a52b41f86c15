import { eq } from 'drizzle-orm';
import type { OfficeSettings } from '../../contract/channels/settings';
import type { OfficeDb } from '../db/open-encrypted';
import { settings } from '../db/schema';

export const DEFAULT_SETTINGS: OfficeSettings = { officeName: '', idleLockMinutes: 10, residenceReminderWeeks: 8 };

// Other features keep their own rows in the same table (the letterhead and its logo); only the keys of
// OfficeSettings belong to settings.get, so a large or private value never travels with it.
const isSettingsKey = (key: string): key is keyof OfficeSettings => Object.hasOwn(DEFAULT_SETTINGS, key);

export function readSettings(db: OfficeDb): OfficeSettings {
  const rows = db.orm.select().from(settings).all();
  const stored = Object.fromEntries(rows.filter((r) => isSettingsKey(r.key)).map((r) => [r.key, JSON.parse(r.value) as unknown]));
  return { ...DEFAULT_SETTINGS, ...(stored as Partial<OfficeSettings>) };
}

export function writeSettings(db: OfficeDb, patch: Partial<OfficeSettings>): OfficeSettings {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const json = JSON.stringify(value);
    db.orm.insert(settings).values({ key, value: json }).onConflictDoUpdate({ target: settings.key, set: { value: json } }).run();
  }
  return readSettings(db);
}

export function readSetting<K extends keyof OfficeSettings>(db: OfficeDb, key: K): OfficeSettings[K] {
  const row = db.orm.select().from(settings).where(eq(settings.key, key)).get();
  return row ? (JSON.parse(row.value) as OfficeSettings[K]) : DEFAULT_SETTINGS[key];
}
