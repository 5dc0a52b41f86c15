import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { setupInput } from '../../contract/channels/auth';
import { appendAudit } from '../audit/audit-log';
import { createKeyFileBody } from '../crypto/key-slots';
import { generateRecoveryCode } from '../crypto/recovery-code';
import { inTransaction } from '../db/open-encrypted';
import type { AppCore } from '../ipc/app-core';
import { writeSettings } from '../settings/settings-repo';
import { insertUser } from '../users/users-repo';

/**
 * First run: a random database key, the migrated database with the office and its first
 * administrator, and the key file with the administrator's slot and the recovery slot.
 * The recovery code is returned once and stored nowhere in plain form.
 */
export async function setupOffice(core: AppCore, input: z.output<typeof setupInput>): Promise<{ recoveryCode: string }> {
  const { office } = core;
  const { db, key } = office.createFresh();
  const userId = randomUUID();
  const recoveryCode = generateRecoveryCode();
  try {
    const body = await createKeyFileBody({
      dbKey: key,
      userId,
      username: input.adminUsername,
      password: input.adminPassword,
      recoveryCode,
      ...(office.opts.scrypt ? { scrypt: office.opts.scrypt } : {}),
    });
    inTransaction(db, () => {
      insertUser(db, { id: userId, username: input.adminUsername, displayName: input.adminDisplayName, role: 'administration' });
      writeSettings(db, { officeName: input.officeName });
      appendAudit(db, { userId, action: 'office.setup' });
      // Written last inside the transaction: if it fails, the database rolls back too.
      office.saveKeyFile(body);
    });
  } catch (e) {
    office.discardFresh(db);
    throw e;
  } finally {
    key.fill(0);
  }
  db.raw.close();
  core.logger.log('info', 'office.setup');
  return { recoveryCode };
}
