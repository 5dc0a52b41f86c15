import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { keyMaterialFor, wipeKeyMaterial } from '../../core/backup/backup-key';
import { commitRestore, prepareRestore } from '../../core/backup/restore';
import { recoverInterruptedRestore } from '../../core/backup/restore-journal';
import { dataFiles } from '../../core/config/data-dir';
import { defaultMigrationsDir } from '../../core/config/migrations-dir';
import { AppError, isAppError } from '../../core/errors';
import { createFileLogger } from '../../core/log/logger';
import type { Command } from '../args';
import { BACKUP_SECRET_NOTE, BACKUP_SECRET_OPTIONS, readBackupSecret } from '../backup-secret';
import { printBackupSummary } from '../backup-summary';
import { EXIT, UsageError } from '../io';
import { DATA_DIR_OPTION, dataDirOf } from '../options';

const NOTHING_CHANGED = 'Es wurde nichts verändert.';

// Every refusal before the swap leaves the data as it was; say so, once.
const unchanged = (e: unknown) =>
  isAppError(e) && !e.message.includes(NOTHING_CHANGED) ? new AppError(e.code, `${e.message} ${NOTHING_CHANGED}`, e.details) : e;

export const backupRestoreCommand: Command = {
  summary: 'Stellt eine Sicherung wieder her (auch in ein leeres Datenverzeichnis, z. B. nach einem Festplattenschaden).',
  options: {
    file: { value: 'DATEI', positional: true, required: true, help: 'Die Sicherung (.kimbackup)' },
    ...DATA_DIR_OPTION,
    yes: { help: 'Ohne Rückfrage wiederherstellen (für Skripte)' },
    ...BACKUP_SECRET_OPTIONS,
  },
  notes: [
    BACKUP_SECRET_NOTE,
    'KIM Fallakte muss dafür auf diesem Datenverzeichnis geschlossen sein.',
    'Die Sicherung wird vollständig geprüft, bevor etwas ersetzt wird; die bisherigen Dateien bleiben bis zur nächsten Anmeldung im Ordner „rollback“.',
    'Rückgabewerte: 0 wiederhergestellt, 1 Fehler oder abgelehnt, 2 falscher Aufruf (auch: keine Rückfrage möglich und kein --yes).',
  ],
  async run(args, io) {
    const secret = readBackupSecret(args, io);
    const confirmed = args.flag('yes');
    if (!confirmed && !io.prompt) {
      throw new UsageError('Keine Rückfrage möglich (kein Terminal): bitte mit --yes bestätigen, dass die vorhandenen Daten ersetzt werden.');
    }
    const dataDir = dataDirOf(args, io);
    // An earlier restore that was interrupted is finished first, so this one starts from whole files.
    recoverInterruptedRestore(dataDir);
    const replacing = existsSync(dataFiles(dataDir).database);
    const km = await keyMaterialFor(secret, 'read');
    let prepared;
    try {
      prepared = await prepareRestore({ dataDir, migrationsDir: defaultMigrationsDir(io.env) }, resolve(io.cwd, args.value('file')!), km, { actorId: null });
    } catch (e) {
      throw unchanged(e);
    } finally {
      wipeKeyMaterial(km);
    }
    io.out('Die Sicherung ist in Ordnung:');
    printBackupSummary(prepared.summary, io);
    if (!confirmed) {
      const question = replacing
        ? `Die vorhandenen Daten in ${dataDir} werden durch diese Sicherung ersetzt. Wiederherstellen? (ja/nein) `
        : `Die Sicherung wird nach ${dataDir} wiederhergestellt. Fortfahren? (ja/nein) `;
      const answer = (await io.prompt!(question)).trim().toLowerCase();
      if (answer !== 'ja' && answer !== 'j') {
        prepared.discard();
        io.err(`Abgebrochen. ${NOTHING_CHANGED}`);
        return EXIT.failure;
      }
    }
    commitRestore(prepared, Date.now());
    createFileLogger(dataDir).log('warn', 'backup.restored', { migrations: prepared.summary.schema.migrations, via: 'cli' });
    io.out('Die Sicherung wurde wiederhergestellt. Bitte melden Sie sich an; ein älterer Datenbankstand wird dabei migriert.');
    if (replacing) io.out('Die bisherigen Dateien liegen bis zur nächsten erfolgreichen Anmeldung im Ordner „rollback“ des Datenverzeichnisses.');
    return EXIT.ok;
  },
};
