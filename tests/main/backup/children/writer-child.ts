// Child process for the crash tests: logs in and creates users through the registry, one
// transaction each, printing "committed <id>" after each call returned. The parent kills it with
// SIGKILL at a random moment and then checks that every printed id is in the database.
import { defaultMigrationsDir } from '../../../../src-main/core/config/migrations-dir';
import { createAppCore } from '../../../../src-main/core/ipc/app-core';
import { handlers } from '../../../../src-main/core/ipc/handlers';
import { createRegistry } from '../../../../src-main/core/ipc/registry';
import { silentLogger } from '../../../../src-main/core/log/logger';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: writer-child <dataDir>');
const core = createAppCore({ dataDir, migrationsDir: defaultMigrationsDir(), logger: silentLogger, scrypt: { N: 2 ** 14, r: 8, p: 1 } });
const registry = createRegistry(core, handlers);
const must = async <T>(channel: string, input: unknown): Promise<T> => {
  const r = await registry.invoke(channel, input, 'writer');
  if (!r.ok) throw new Error(`${channel}: ${r.error.code}`);
  return r.value as T;
};

await must('auth.login', { username: process.env.KIM_USER, password: process.env.KIM_PASSWORD });
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const user = await must<{ id: string }>('users.create', {
    username: `crash.${process.pid}.${i}`,
    displayName: `Absturz ${i} (synthetisch)`,
    role: 'fallmanagement',
    password: 'Absturz-Passwort-1',
  });
  process.stdout.write(`committed ${user.id}\n`);
}
