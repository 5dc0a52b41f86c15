import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { berlinDateTime, formatBerlin } from './berlin-clock';

// When a backup replaces database and key file that the office could not open, those files are
// not deleted but moved into `beschaedigt-<Berlin time>/` in the data directory, and nothing ever
// removes that folder again: the IT may still rescue entries made after the backup from them
// (or find that only the key file was broken). It is the restore journal's old-files folder, so
// the move is part of the same crash-safe swap (restore-journal.ts).

export const DAMAGED_FOLDER_PATTERN = /^beschaedigt-\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(-\d+)?$/;

const NOTE = 'LIESMICH.txt';

/** `beschaedigt-2026-03-02_10-15-30` (Berlin wall time), with `-2`, `-3`, … if that name is taken. */
export function damagedFolderName(dataDir: string, now: number): string {
  const base = `beschaedigt-${berlinDateTime(now).replace('T', '_').replace(/:/g, '-')}`;
  let name = base;
  for (let n = 2; existsSync(join(dataDir, name)); n++) name = `${base}-${n}`;
  return name;
}

/** A note for whoever finds the folder; written after the swap, so it is not one of the moved files. */
export function writeDamagedNote(dataDir: string, folder: string, failureCode: string, now: number): void {
  const text = [
    `Diese Dateien hat KIM Fallakte am ${formatBerlin(now)} beiseitegelegt, als eine Sicherung wiederhergestellt wurde.`,
    `Sie ließen sich nicht öffnen (Fehler: ${failureCode}) und werden von KIM Fallakte nicht mehr verwendet.`,
    'Sie wurden nicht gelöscht, damit die IT versuchen kann, daraus Einträge zu retten, die nach der Sicherung entstanden sind.',
    'Die Datenbank ist verschlüsselt und enthält dennoch vertrauliche Sozialdaten: Bitte erst löschen, wenn sicher ist, dass nichts mehr gebraucht wird.',
    '',
  ].join('\r\n');
  writeFileSync(join(dataDir, folder, NOTE), text, { encoding: 'utf8', mode: 0o600 });
}
