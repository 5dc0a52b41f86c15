import { eq } from 'drizzle-orm';
import { EMPTY_LETTERHEAD, type Letterhead } from '../../contract/channels/letterhead';
import type { LetterheadView } from '../../contract/channels/print';
import { appendAudit } from '../audit/audit-log';
import type { CaseCtx } from '../cases/service-context';
import { inTransaction, type OfficeDb } from '../db/open-encrypted';
import { settings } from '../db/schema';
import { checkLogoDataUrl } from './logo-check';

// The letterhead of printed documents lives in two rows of the settings table: its texts and the
// logo (up to 500 KB). Neither belongs to settings.get (settings-repo reads only its own keys).

const TEXT_KEY = 'letterhead';
const LOGO_KEY = 'letterheadLogo';

function readJson<T>(db: OfficeDb, key: string): T | null {
  const row = db.orm.select().from(settings).where(eq(settings.key, key)).get();
  return row ? (JSON.parse(row.value) as T) : null;
}

function writeJson(db: OfficeDb, key: string, value: unknown): void {
  if (value === null) {
    db.orm.delete(settings).where(eq(settings.key, key)).run();
    return;
  }
  const json = JSON.stringify(value);
  db.orm.insert(settings).values({ key, value: json }).onConflictDoUpdate({ target: settings.key, set: { value: json } }).run();
}

export const letterheadView = (db: OfficeDb): LetterheadView => ({
  letterhead: { ...EMPTY_LETTERHEAD, ...readJson<Letterhead>(db, TEXT_KEY) },
  logoDataUrl: readJson<string>(db, LOGO_KEY),
});

export function setLetterhead(ctx: CaseCtx, letterhead: Letterhead): LetterheadView {
  return inTransaction(ctx.db, () => {
    writeJson(ctx.db, TEXT_KEY, letterhead);
    appendAudit(ctx.db, { userId: ctx.actor.userId, action: 'settings.letterhead' }, ctx.at);
    return letterheadView(ctx.db);
  });
}

/** Stores the checked logo, or removes it (null: the app's default logo is printed again). */
export function setLetterheadLogo(ctx: CaseCtx, dataUrl: string | null): LetterheadView {
  const checked = dataUrl === null ? null : checkLogoDataUrl(dataUrl);
  return inTransaction(ctx.db, () => {
    writeJson(ctx.db, LOGO_KEY, checked);
    appendAudit(ctx.db, { userId: ctx.actor.userId, action: checked === null ? 'settings.logo-remove' : 'settings.logo-set' }, ctx.at);
    return letterheadView(ctx.db);
  });
}
