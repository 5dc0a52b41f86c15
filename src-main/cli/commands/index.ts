import type { Command } from '../args';
import { auditVerifyCommand } from './audit-verify';
import { BACKUP_COMMANDS } from './backup-commands';
import { caseExportCommand, caseImportCommand } from './case-handover';
import { initCommand } from './init';
import { seedCommand } from './seed';
import { statusCommand } from './status';

/** Every command by the words that call it; later features add their entries here. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  init: initCommand,
  status: statusCommand,
  'audit verify': auditVerifyCommand,
  ...BACKUP_COMMANDS,
  seed: seedCommand,
  'case export': caseExportCommand,
  'case import': caseImportCommand,
};
