import type { AppCore } from '../../src-main/core/ipc/app-core';
import type { Registry } from '../../src-main/core/ipc/registry';
import type { BenchInputs } from './bench-inputs';
import { fmtMs, measurePair } from './measure';
import { OPERATIONS } from './operations';

// The connection settings the benchmark tries on both databases (page cache size, memory-mapped
// I/O), with a few representative read operations each, so docs/benchmarks.md can say what the
// app's settings (open-encrypted.ts) cost and what another choice would change.

export interface TuningRow {
  setting: string;
  op: string;
  encryptedMs: number;
  plainMs: number;
}

const SETTINGS: { label: string; pragmas: string[] }[] = [
  { label: 'cache_size 2 MiB (SQLite default), mmap off', pragmas: ['cache_size = -2000', 'mmap_size = 0'] },
  { label: 'cache_size 64 MiB (app setting), mmap off', pragmas: ['cache_size = -65536', 'mmap_size = 0'] },
  { label: 'cache_size 256 MiB, mmap off', pragmas: ['cache_size = -262144', 'mmap_size = 0'] },
  { label: 'cache_size 64 MiB, mmap_size 1 GiB', pragmas: ['cache_size = -65536', 'mmap_size = 1073741824'] },
];
const PROBED = ['case-tabs', 'search-text', 'month-team', 'report-stats'];
/** What the app sets; restored after the probe. */
const APP_SETTING = ['cache_size = -65536', 'mmap_size = 0'];

type Side = { core: AppCore; registry: Registry };

const apply = (side: Side, pragmas: string[]) => pragmas.forEach((p) => side.core.office.database().raw.pragma(p));

export async function tuningProbe(enc: Side, plain: Side, x: BenchInputs, runs: number): Promise<TuningRow[]> {
  const rows: TuningRow[] = [];
  for (const s of SETTINGS) {
    apply(enc, s.pragmas);
    apply(plain, s.pragmas);
    for (const op of OPERATIONS.filter((o) => PROBED.includes(o.key))) {
      const [e, p] = await measurePair((i) => op.run(enc.registry, x, i), (i) => op.run(plain.registry, x, i), runs);
      rows.push({ setting: s.label, op: op.label, encryptedMs: e.medianMs, plainMs: p.medianMs });
    }
  }
  apply(enc, APP_SETTING);
  apply(plain, APP_SETTING);
  return rows;
}

export function tuningTable(rows: TuningRow[]): string {
  const line = (c: string[]) => `| ${c.join(' | ')} |`;
  return [
    line(['Einstellung', 'Operation', 'verschlüsselt ms (Median)', 'unverschlüsselt ms', 'Faktor']),
    line(['---', '---', '---', '---', '---']),
    ...rows.map((r) => line([r.setting, r.op, fmtMs(r.encryptedMs), fmtMs(r.plainMs), (r.encryptedMs / r.plainMs).toFixed(2)])),
  ].join('\n');
}

export const TUNING_NOTES: string[] = [
  'Cipher: SQLCipher v4 scheme (AES-256-CBC, HMAC-SHA512 per page, 4 KiB pages) with a raw key, kept as it is: the office IT must be able to open the file with standard SQLCipher tools in an emergency, and a raw key means no per-open key derivation (the only KDF is the key slot’s scrypt at login). A faster cipher (ChaCha20) or a cheaper HMAC would give up that compatibility for little: see the factors above.',
  'Page cache: SQLCipher decrypts a page when it enters the page cache, not on every read, so the cache size decides what encryption costs. The app keeps cache_size = 64 MiB (open-encrypted.ts); the probe above shows the effect of smaller and larger caches on both databases.',
  'Memory-mapped I/O: with an encrypted database the cipher must see every page, so SQLite3MultipleCiphers serves pages through the pager instead of the map; the probe shows mmap changes nothing measurable on the encrypted file. It stays off (mmap_size 0): no gain, and no mapped plaintext pages of the unencrypted comparison case.',
];
