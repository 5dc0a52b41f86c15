// Child process for the crash tests: starts the app core on an office whose database is damaged,
// lets the first login find it (phase `failed`), prints "ready" and restores a backup through the
// public setup channel, as the failure screen does. The parent kills it with SIGKILL at a random
// moment and then checks that either the damaged or the restored files are in place, whole.
import { defaultMigrationsDir } from '../../../../src-main/core/config/migrations-dir';
import { createAppCore } from '../../../../src-main/core/ipc/app-core';
import { handlers } from '../../../../src-main/core/ipc/handlers';
import { createRegistry } from '../../../../src-main/core/ipc/registry';
import { silentLogger } from '../../../../src-main/core/log/logger';

const [dataDir, backupFile] = process.argv.slice(2);
if (!dataDir || !backupFile) throw new Error('usage: failed-restore-child <dataDir> <backupFile>');
const core = createAppCore({ dataDir, migrationsDir: defaultMigrationsDir(), logger: silentLogger, scrypt: { N: 2 ** 14, r: 8, p: 1 } });
const registry = createRegistry(core, handlers);

await registry.invoke('auth.login', { username: process.env.KIM_USER, password: process.env.KIM_PASSWORD }, 'child');
if (core.office.phase !== 'failed') throw new Error(`expected phase failed, got ${core.office.phase}`);
process.stdout.write('ready\n');
const started = Date.now();
const r = await registry.invoke('setup.restoreBackup', { path: backupFile, secret: { source: 'passphrase', passphrase: process.env.KIM_BACKUP_PASSPHRASE }, confirm: true }, 'child');
if (!r.ok) throw new Error(`setup.restoreBackup: ${r.error.code}`);
// How long the restore took, so the parent can aim its kills at it.
process.stdout.write(`restored in ${Date.now() - started} ms\n`);
