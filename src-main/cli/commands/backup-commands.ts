import type { Command } from '../args';
import { backupCreateCommand } from './backup-create';
import { backupListCommand } from './backup-list';
import { backupRestoreCommand } from './backup-restore';
import { backupVerifyCommand } from './backup-verify';

/** The `backup …` commands, registered in one line in index.ts. */
export const BACKUP_COMMANDS: Readonly<Record<string, Command>> = {
  'backup create': backupCreateCommand,
  'backup verify': backupVerifyCommand,
  'backup restore': backupRestoreCommand,
  'backup list': backupListCommand,
};
