import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../src-main/core/config/data-dir';
import { shellDataDir } from '../../../src-main/electron/data-location';
import { electronAppData, electronAppName } from './fake-electron';

describe('desktop data dir', () => {
  it("Electron's userData is core's defaultDataDir on every platform", () => {
    const envs: NodeJS.ProcessEnv[] = [{}, { APPDATA: join('C:', 'Users', 'erika', 'AppData', 'Roaming'), XDG_CONFIG_HOME: join('/srv', 'cfg') }];
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      for (const env of envs) {
        expect(join(electronAppData(platform, env), electronAppName), `${platform} ${JSON.stringify(env)}`).toBe(defaultDataDir(env, platform));
      }
    }
  });

  it('takes --data-dir, then KIM_DATA_DIR, then userData', () => {
    const userData = join('/home', 'erika', '.config', 'KIM Fallakte');
    expect(shellDataDir(['electron', 'main.js', '--data-dir', '/d/arg'], { KIM_DATA_DIR: '/d/env' }, userData)).toBe('/d/arg');
    expect(shellDataDir(['electron', 'main.js', '--data-dir=/d/eq'], {}, userData)).toBe('/d/eq');
    expect(shellDataDir(['electron', 'main.js'], { KIM_DATA_DIR: '/d/env' }, userData)).toBe('/d/env');
    expect(shellDataDir(['electron', 'main.js'], { KIM_DATA_DIR: '' }, userData)).toBe(userData);
    expect(shellDataDir(['electron', 'main.js'], {}, userData)).toBe(userData);
  });
});
