import { resolve } from 'node:path';
import type { Command } from '../args';
import { BACKUP_SECRET_NOTE, BACKUP_SECRET_OPTIONS, readBackupSecret } from '../backup-secret';
import { loginCliOffice, openCliOffice } from '../cli-office';
import { EXIT } from '../io';
import { DATA_DIR_OPTION, dataDirOf, EXIT_NOTE, PASSWORD_FILE_OPTION, PASSWORD_NOTE, USER_NOTE } from '../options';
import { readPassword } from '../password';

export const backupCreateCommand: Command = {
  summary: 'Schreibt eine verschlüsselte Sicherung der Daten und prüft sie (nur Administration).',
  options: {
    ...DATA_DIR_OPTION,
    out: { value: 'DATEI', required: true, help: 'Zieldatei der Sicherung (z. B. amt.kimbackup), außerhalb des Datenverzeichnisses' },
    ...BACKUP_SECRET_OPTIONS,
    ...PASSWORD_FILE_OPTION,
  },
  notes: [BACKUP_SECRET_NOTE, 'Ein neues Sicherungspasswort muss mindestens 12 Zeichen lang sein.', PASSWORD_NOTE, USER_NOTE, EXIT_NOTE],
  async run(args, io) {
    const secret = readBackupSecret(args, io);
    const password = readPassword(args, io);
    const office = openCliOffice(dataDirOf(args, io), io);
    try {
      await loginCliOffice(office, io, password);
      const created = await office.call('backup.create', { path: resolve(io.cwd, args.value('out')!), secret });
      io.out(`Sicherung geschrieben und geprüft: ${created.path}`);
      io.out(`Größe: ${created.fileBytes} Bytes; Datensätze: ${Object.values(created.recordCounts).reduce((a, b) => a + b, 0)}`);
      return EXIT.ok;
    } finally {
      await office.close();
    }
  },
};
