import { APP_VERSION } from '../../core/config/app-info';
import { formatBerlin } from '../../core/backup/berlin-clock';
import { lastGoodBackupAt } from '../../core/backup/backup-status';
import type { Command } from '../args';
import { loginCliOffice, openCliOffice } from '../cli-office';
import { EXIT, type CliIo } from '../io';
import { appliedSchema, rowCounts, type SchemaVersion } from '../office-stats';
import { DATA_DIR_OPTION, dataDirOf, EXIT_NOTE, LOGIN_NOTE, PASSWORD_FILE_OPTION, PASSWORD_NOTE, USER_NOTE } from '../options';
import { readPassword } from '../password';

export interface StatusReport {
  appVersion: string;
  dataDir: string;
  schemaVersion: SchemaVersion;
  /** Rows per table of the office database. */
  counts: Record<string, number>;
  auditChainLength: number;
  /** Time of the last good (verified) backup, ISO; null until backups exist. */
  lastBackup: string | null;
}

function printHuman(r: StatusReport, io: CliIo): void {
  const tables = Object.entries(r.counts);
  const width = Math.max(0, ...tables.map(([t]) => t.length));
  io.out(`KIM Fallakte ${r.appVersion}`);
  io.out(`Datenverzeichnis:  ${r.dataDir}`);
  io.out(`Schema-Version:    ${r.schemaVersion.migrations} Migrationen, neueste: ${r.schemaVersion.latestTag ?? 'unbekannt'}`);
  io.out(`Audit-Protokoll:   ${r.auditChainLength} Einträge`);
  io.out(`Letzte Sicherung:  ${r.lastBackup ? formatBerlin(Date.parse(r.lastBackup)) : 'noch keine Sicherung'}`);
  io.out('Datensätze je Tabelle:');
  for (const [table, n] of tables) io.out(`  ${table.padEnd(width)}  ${n}`);
}

export const statusCommand: Command = {
  summary: 'Zeigt Version, Schema-Stand, Anzahl der Datensätze je Tabelle und den Stand des Audit-Protokolls.',
  options: {
    ...DATA_DIR_OPTION,
    ...PASSWORD_FILE_OPTION,
    json: { help: 'Ausgabe als ein JSON-Objekt' },
  },
  notes: [PASSWORD_NOTE, USER_NOTE, LOGIN_NOTE, EXIT_NOTE],
  async run(args, io) {
    const password = readPassword(args, io);
    const office = openCliOffice(dataDirOf(args, io), io);
    try {
      await loginCliOffice(office, io, password);
      const db = office.core.office.database();
      const counts = rowCounts(db);
      const report: StatusReport = {
        appVersion: APP_VERSION,
        dataDir: office.dataDir,
        schemaVersion: appliedSchema(db, office.migrationsDir),
        counts,
        auditChainLength: counts.audit_events ?? 0,
        lastBackup: lastGoodBackupAt(office.dataDir),
      };
      if (args.flag('json')) io.out(JSON.stringify(report));
      else printHuman(report, io);
      return EXIT.ok;
    } finally {
      await office.close();
    }
  },
};
