import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules live in eslint.config.js; these cases prove they bite where the architecture says.
const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

describe('layer rules', () => {
  it('allows electron only under src-main/electron', async () => {
    expect(await restricted('src-main/core/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBe(true);
    expect(await restricted('src-main/electron/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBe(false);
  });

  it('keeps Node, Electron, the database and main-process code out of the renderer', async () => {
    const cases = [
      "import { readFileSync } from 'node:fs';",
      "import { join } from 'path';",
      "import { ipcRenderer } from 'electron';",
      "import Database from 'better-sqlite3';",
      "import { AppError } from '../../../src-main/core/errors';",
    ];
    for (const c of cases) expect(await restricted('src-renderer/src/x.ts', `${c}\nexport {};\n`), c).toBe(true);
    expect(await restricted('src-renderer/src/x.ts', "import { ok } from '../../src-main/contract/result';\nexport const o = ok;\n")).toBe(false);
  });

  it('keeps the shared contract pure', async () => {
    expect(await restricted('src-main/contract/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).toBe(true);
    expect(await restricted('src-main/contract/x.ts', "import { AppError } from '../core/errors';\nexport const e = AppError;\n")).toBe(true);
    expect(await restricted('src-main/contract/x.ts', "import { z } from 'zod';\nexport const s = z.string();\n")).toBe(false);
  });
});
