import type { Channel, InputOf, OutputOf } from '../contract';
import { defaultMigrationsDir } from '../core/config/migrations-dir';
import { unlockOnlyUserSlot } from '../core/crypto/key-slots';
import { AppError, isAppError } from '../core/errors';
import { createAppCore, type AppCore } from '../core/ipc/app-core';
import { handlers } from '../core/ipc/handlers';
import { createRegistry } from '../core/ipc/registry';
import { createFileLogger } from '../core/log/logger';
import { findUserById } from '../core/users/users-repo';
import { UsageError, type CliIo } from './io';
import { asUsageError } from './validation';

/** The transport client id of command-line sessions (shows up nowhere but in the session store). */
export const CLI_CLIENT_ID = 'cli';

export interface CliOffice {
  dataDir: string;
  migrationsDir: string;
  core: AppCore;
  /** Calls a channel through the registry, like the UI does; a failure is thrown as AppError. */
  call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  /** Logs out (if logged in) and closes the database. */
  close(): Promise<void>;
}

/** The same core, handlers and log file the app uses, for one data directory. */
export function openCliOffice(dataDir: string, io: CliIo): CliOffice {
  const migrationsDir = defaultMigrationsDir(io.env);
  const core = createAppCore({ dataDir, migrationsDir, logger: createFileLogger(dataDir), ...(io.scrypt ? { scrypt: io.scrypt } : {}) });
  const registry = createRegistry(core, handlers);
  const call = async <C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> => {
    const r = await registry.invoke(channel, input, CLI_CLIENT_ID);
    if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.details);
    return r.value as OutputOf<C>;
  };
  return {
    dataDir,
    migrationsDir,
    core,
    call,
    async close() {
      try {
        if (core.sessions.get(CLI_CLIENT_ID)) await call('auth.logout', {});
      } finally {
        core.office.seal();
      }
    },
  };
}

/**
 * Without KIM_USER the name is unknown while the database is sealed (names live inside it), so the
 * only user slot of the key file opens it and the name is read from the users table. `auth.login`
 * then checks the password once more: one extra derivation keeps all login rules in one place.
 */
async function onlyUsername(office: CliOffice, password: string): Promise<string> {
  const { core } = office;
  let opened: Awaited<ReturnType<typeof unlockOnlyUserSlot>>;
  try {
    opened = await unlockOnlyUserSlot(core.office.keyFile(), password);
  } catch (e) {
    if (isAppError(e) && e.code === 'WRONG_PASSWORD') core.logger.log('warn', 'auth.failed', { attempt: 1 });
    throw e;
  }
  if (!opened) throw new UsageError('Es gibt mehrere Benutzerkonten: bitte den Benutzernamen in KIM_USER angeben.');
  try {
    core.office.open(opened.dbKey);
  } finally {
    opened.dbKey.fill(0);
  }
  const user = findUserById(core.office.database(), opened.userId);
  if (!user) throw new AppError('KEYFILE_DAMAGED', 'Die Schlüsseldatei passt nicht zur Datenbank. Bitte wenden Sie sich an die IT.');
  return user.username;
}

const LOGIN_FIELDS = { username: 'Benutzername in KIM_USER', password: 'Passwort (höchstens 256 Zeichen)' };

/** Opens the office as a user: `auth.login` as the UI does it, so throttling, audit and checks are the same. */
export async function loginCliOffice(office: CliOffice, io: CliIo, password: string): Promise<void> {
  const { office: state } = office.core;
  if (state.phase === 'setup') {
    throw new AppError('NOT_SETUP', 'In diesem Datenverzeichnis ist keine KIM Fallakte eingerichtet (zuerst „init“ ausführen oder --data-dir prüfen).');
  }
  const failure = state.failureInfo;
  if (failure) throw new AppError(failure.code, failure.message);
  try {
    const username = io.env.KIM_USER?.trim() || (await onlyUsername(office, password));
    await office.call('auth.login', { username, password });
  } catch (e) {
    state.seal();
    throw asUsageError(e, LOGIN_FIELDS);
  }
}
