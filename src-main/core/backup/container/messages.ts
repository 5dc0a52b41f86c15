import { AppError } from '../../errors';
import type { ContainerKind, KeySource } from './header';

// Every error the container raises, in one place, so the German wording stays consistent.
// `details.reason` lets the UI tell the cases apart without parsing text. No paths or secrets here.

const KIND_LABEL: Record<ContainerKind, string> = {
  backup: 'eine Sicherung (.kimbackup)',
  case: 'eine Fallübergabe (.kimcase)',
};

export const containerErrors = {
  notKimFile: () => new AppError('VALIDATION', 'Die Datei ist keine KIM-Sicherung.', { reason: 'NOT_KIM_FILE' }),

  truncated: () =>
    new AppError('VALIDATION', 'Die Datei ist unvollständig (abgeschnitten) und kann nicht verwendet werden.', {
      reason: 'TRUNCATED',
    }),

  damagedHeader: () =>
    new AppError('VALIDATION', 'Die Datei ist beschädigt: Der Dateikopf ist fehlerhaft.', { reason: 'DAMAGED', part: 'header' }),

  damagedChunk: (index: number) =>
    new AppError('VALIDATION', `Die Datei ist beschädigt: Datenblock ${index + 1} ist fehlerhaft oder wurde verändert.`, {
      reason: 'DAMAGED',
      part: 'chunk',
      chunk: index,
    }),

  damagedTrailer: () =>
    new AppError('VALIDATION', 'Die Datei ist beschädigt: Die Prüfsumme des Inhalts stimmt nicht.', {
      reason: 'DAMAGED',
      part: 'trailer',
    }),

  trailingData: () =>
    new AppError('VALIDATION', 'Die Datei ist beschädigt: Nach dem Ende der Daten folgen weitere Bytes.', {
      reason: 'DAMAGED',
      part: 'trailing-data',
    }),

  insecureKdf: () =>
    new AppError('VALIDATION', 'Die Datei ist beschädigt oder wurde verändert: Die Schlüsselparameter sind unzulässig.', {
      reason: 'INSECURE_KDF',
    }),

  newerFormat: (fileVersion: number, supported: number, appVersion: string | null) =>
    new AppError(
      'DB_NEWER',
      `Diese Datei hat das Dateiformat ${fileVersion}${appVersion ? ` (erstellt mit KIM Fallakte ${appVersion})` : ''}. ` +
        `Diese Programmversion kann nur Dateiformat ${supported} lesen. ` +
        `Bitte aktualisieren Sie KIM Fallakte auf eine Version, die Dateiformat ${fileVersion} unterstützt.`,
      { formatVersion: fileVersion, supportedFormatVersion: supported, ...(appVersion ? { appVersion } : {}) },
    ),

  wrongKind: (expected: ContainerKind, actual: ContainerKind) =>
    new AppError('VALIDATION', `Diese Datei ist ${KIND_LABEL[actual]}, erwartet wurde ${KIND_LABEL[expected]}.`, {
      reason: 'WRONG_KIND',
      expected,
      actual,
    }),

  wrongPassword: (source: KeySource) =>
    new AppError(
      'WRONG_PASSWORD',
      source === 'passphrase' ? 'Das Passwort für diese Datei ist falsch.' : 'Der Wiederherstellungscode passt nicht zu dieser Datei.',
      { keySource: source },
    ),

  keySourceMismatch: (needed: KeySource) =>
    new AppError(
      'VALIDATION',
      needed === 'passphrase'
        ? 'Diese Datei ist mit einem Passwort verschlüsselt. Bitte geben Sie das Passwort ein.'
        : 'Diese Datei ist mit dem Wiederherstellungscode der Dienststelle verschlüsselt. Bitte geben Sie diesen ein.',
      { reason: 'KEY_SOURCE_MISMATCH', keySource: needed },
    ),

  invalidKeyMaterial: () =>
    new AppError('VALIDATION', 'Der Schlüssel ist ungültig: Das Passwort darf nicht leer sein, ein Schlüssel muss 32 Byte lang sein.', {
      reason: 'INVALID_KEY',
    }),

  invalidHeaderFields: (issues: string[]) =>
    new AppError('VALIDATION', 'Die Angaben für den Dateikopf sind ungültig.', { reason: 'INVALID_HEADER_FIELDS', issues }),

  invalidOptions: () =>
    new AppError('VALIDATION', 'Ungültige Verschlüsselungsparameter für die Sicherung.', { reason: 'INVALID_OPTIONS' }),

  invalidSourceData: () => new AppError('INTERNAL', 'Die zu sichernden Daten haben ein ungültiges Format (erwartet: Bytes).'),

  /** Write failures: `code` is the Node errno code, mapped to a message a user can act on. */
  writeFailed: (code: string | undefined) => {
    const message =
      code === 'ENOSPC' || code === 'EDQUOT'
        ? 'Die Datei konnte nicht geschrieben werden: Auf dem Datenträger ist nicht genug Speicherplatz.'
        : code === 'ENOENT' || code === 'ENOTDIR'
          ? 'Die Datei konnte nicht geschrieben werden: Der Zielordner ist nicht (mehr) vorhanden.'
          : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
            ? 'Die Datei konnte nicht geschrieben werden: Keine Schreibberechtigung für den Zielordner.'
            : 'Die Datei konnte nicht geschrieben werden. Es wurde keine unvollständige Datei hinterlassen.';
    return new AppError('IO', message, code ? { cause: code } : undefined);
  },

  readFailed: (code: string | undefined) =>
    new AppError(
      'IO',
      code === 'ENOENT' ? 'Die Datei wurde nicht gefunden.' : 'Die Datei konnte nicht gelesen werden.',
      code ? { cause: code } : undefined,
    ),
};
