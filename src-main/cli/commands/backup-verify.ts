import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { keyMaterialFor, wipeKeyMaterial } from '../../core/backup/backup-key';
import { knownMigrations } from '../../core/backup/schema-compat';
import { verifyBackupFile } from '../../core/backup/verify';
import { defaultMigrationsDir } from '../../core/config/migrations-dir';
import type { Command } from '../args';
import { BACKUP_SECRET_NOTE, BACKUP_SECRET_OPTIONS, readBackupSecret } from '../backup-secret';
import { printBackupSummary } from '../backup-summary';
import { EXIT } from '../io';

export const backupVerifyCommand: Command = {
  summary: 'Prüft eine Sicherung vollständig (Entschlüsselung, Prüfsummen, Datenbank) und zeigt ihren Inhalt; verändert nichts.',
  options: {
    file: { value: 'DATEI', positional: true, required: true, help: 'Die zu prüfende Sicherung (.kimbackup)' },
    ...BACKUP_SECRET_OPTIONS,
  },
  notes: [
    BACKUP_SECRET_NOTE,
    'Die Datenbank wird dafür verschlüsselt in einen temporären Ordner entpackt und danach gelöscht.',
    'Rückgabewerte: 0 Sicherung in Ordnung, 1 Sicherung fehlerhaft oder Fehler, 2 falscher Aufruf.',
  ],
  async run(args, io) {
    const secret = readBackupSecret(args, io);
    const km = await keyMaterialFor(secret, 'read');
    const temp = mkdtempSync(join(tmpdir(), 'kim-verify-'));
    try {
      const summary = await verifyBackupFile(resolve(io.cwd, args.value('file')!), km, {
        tempParent: temp,
        known: knownMigrations(defaultMigrationsDir(io.env)),
      });
      io.out('Die Sicherung ist in Ordnung.');
      printBackupSummary(summary, io);
      return EXIT.ok;
    } finally {
      wipeKeyMaterial(km);
      rmSync(temp, { recursive: true, force: true });
    }
  },
};
