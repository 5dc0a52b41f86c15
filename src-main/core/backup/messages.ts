import { AppError } from '../errors';

// The backup feature's own errors in one place (the container has its own in container/messages.ts).
// German, without paths, names or secrets; `details.reason` lets the UI and tests tell them apart.

export const backupErrors = {
  caseFile: () =>
    new AppError(
      'VALIDATION',
      'Diese Datei ist eine Fallübergabe (.kimcase), keine Sicherung. Eine Fallübergabe wird nicht wiederhergestellt, sondern über „Fallübergabe importieren“ eingelesen.',
      { reason: 'CASE_FILE' },
    ),

  inconsistent: (what: string) =>
    new AppError('VALIDATION', 'Die Sicherung ist in sich nicht stimmig (Inhaltsangabe und Datenbank passen nicht zusammen) und kann nicht verwendet werden.', {
      reason: 'INCONSISTENT',
      what,
    }),

  incomplete: (what: string) =>
    new AppError('VALIDATION', 'Der Sicherung fehlt ein notwendiger Bestandteil. Sie kann nicht verwendet werden.', { reason: 'INCOMPLETE', what }),

  entryTooLarge: (what: string) =>
    new AppError('VALIDATION', 'Die Sicherung ist fehlerhaft aufgebaut (ein Bestandteil ist unzulässig groß).', { reason: 'ARCHIVE_DAMAGED', what }),

  integrityFailed: () =>
    new AppError('VALIDATION', 'Die Datenbank in der Sicherung ist beschädigt (Integritätsprüfung fehlgeschlagen). Sie kann nicht verwendet werden.', {
      reason: 'INTEGRITY',
    }),

  liveDatabaseDamaged: () =>
    new AppError(
      'IO',
      'Die Datenbank hat die Integritätsprüfung nicht bestanden. Es wurde keine Sicherung geschrieben, da sie sich nicht wiederherstellen ließe. Bitte wenden Sie sich an die IT; vorhandene Sicherungen bleiben unverändert.',
      { reason: 'LIVE_INTEGRITY' },
    ),

  databaseUnreadable: () =>
    new AppError('VALIDATION', 'Die Datenbank in der Sicherung lässt sich nicht öffnen. Die Sicherung kann nicht verwendet werden.', {
      reason: 'DB_UNREADABLE',
    }),

  keyFileDamaged: () =>
    new AppError('VALIDATION', 'Die Schlüsseldatei in der Sicherung ist beschädigt. Die Sicherung kann nicht verwendet werden.', {
      reason: 'KEYFILE_DAMAGED',
    }),

  outputInDataDir: () =>
    new AppError('VALIDATION', 'Eine Sicherung im Datenverzeichnis schützt nicht vor Datenverlust. Bitte wählen Sie einen anderen Speicherort (z. B. ein Netzlaufwerk oder einen USB-Datenträger).', {
      reason: 'OUTPUT_IN_DATA_DIR',
    }),

  verifyAfterWriteFailed: () =>
    new AppError('IO', 'Die Sicherung wurde geschrieben, ließ sich beim Nachprüfen aber nicht fehlerfrei lesen und wurde wieder entfernt. Bitte prüfen Sie den Speicherort und versuchen Sie es erneut.', {
      reason: 'VERIFY_AFTER_WRITE',
    }),

  busy: () => new AppError('CONFLICT', 'Es läuft bereits eine Sicherung oder Wiederherstellung. Bitte warten Sie, bis sie abgeschlossen ist.', { reason: 'BUSY' }),

  noTarget: () =>
    new AppError('VALIDATION', 'Es ist kein Zielordner für Sicherungen eingerichtet. Bitte legen Sie ihn unter Einstellungen → Datensicherung fest oder wählen Sie einen Speicherort.', {
      reason: 'NO_TARGET',
    }),

  targetUnreachable: () =>
    new AppError('IO', 'Der Zielordner für Sicherungen ist nicht erreichbar (nicht vorhanden, nicht verbunden oder ohne Schreibrecht).', {
      reason: 'TARGET_UNREACHABLE',
    }),

  autoPassphraseMissing: () =>
    new AppError('VALIDATION', 'Für automatische Sicherungen ist kein Sicherungspasswort hinterlegt. Bitte legen Sie es unter Einstellungen → Datensicherung fest.', {
      reason: 'AUTO_PASSPHRASE_MISSING',
    }),

  notOpen: () => new AppError('LOCKED', 'Für eine Sicherung muss KIM Fallakte geöffnet sein (jemand muss angemeldet sein).'),

  swapFailed: (cause: string | undefined) =>
    new AppError('IO', 'Die Wiederherstellung ist beim Austausch der Dateien gescheitert. Der vorherige Datenbestand wurde wiederhergestellt.', {
      reason: 'SWAP_FAILED',
      ...(cause ? { cause } : {}),
    }),
};
