import type { BackupSummary } from '../contract/channels/backup';
import { formatBerlin } from '../core/backup/berlin-clock';
import type { CliIo } from './io';

const COMPAT: Record<BackupSummary['compatibility'], string> = {
  same: 'passt zu dieser Version',
  older: 'älterer Stand: wird bei der nächsten Anmeldung migriert',
  newer: 'NEUERER Stand: zum Wiederherstellen wird eine neuere Version von KIM Fallakte benötigt',
  foreign: 'passt NICHT zu dieser Version',
};

/** What a verified backup holds, for `backup verify` and before `backup restore`. */
export function printBackupSummary(s: BackupSummary, io: CliIo): void {
  const tables = Object.entries(s.recordCounts);
  const width = Math.max(0, ...tables.map(([t]) => t.length));
  io.out(`Erstellt am:       ${formatBerlin(Date.parse(s.createdAt))}`);
  io.out(`Programmversion:   KIM Fallakte ${s.appVersion}`);
  io.out(`Datenbankstand:    ${s.schema.migrations} Migrationen, neueste: ${s.schema.latestTag} (${COMPAT[s.compatibility]})`);
  io.out(`Schlüssel:         ${s.keySource === 'passphrase' ? 'Sicherungspasswort' : 'Wiederherstellungscode'}`);
  io.out(`Dateigröße:        ${s.fileBytes} Bytes`);
  io.out('Datensätze je Tabelle:');
  for (const [table, n] of tables) io.out(`  ${table.padEnd(width)}  ${n}`);
}
