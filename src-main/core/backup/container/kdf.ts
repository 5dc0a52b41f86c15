import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { DEFAULT_SCRYPT, deriveKey, MIN_SCRYPT_N } from '../../crypto/scrypt';
import { HKDF_INFO_ENCRYPTION, HKDF_INFO_KEY_CHECK, KEY_SIZE, MAX_SCRYPT_N } from './format';
import type { ScryptHeaderParams } from './header';
import { containerErrors } from './messages';

/**
 * What opens a container: a passphrase typed by a person (run through scrypt), or a 32-byte key
 * the app already derived from the office recovery code (used as is, no second slow KDF).
 */
export type KeyMaterial = { source: 'passphrase'; passphrase: string } | { source: 'recovery'; key: Uint8Array };

export interface FileKeys {
  encryptionKey: Buffer;
  keyCheckKey: Buffer;
}

export const DEFAULT_SCRYPT_N = DEFAULT_SCRYPT.N;
export const SCRYPT_R = 8;
export const SCRYPT_P = 1;

/** The only scrypt settings a reader runs: stops a tampered header from downgrading (or bloating) the KDF. */
export function isAcceptableScrypt(params: Pick<ScryptHeaderParams, 'N' | 'r' | 'p'>): boolean {
  const { N, r, p } = params;
  const powerOfTwo = Number.isInteger(N) && N > 0 && (N & (N - 1)) === 0;
  return powerOfTwo && N >= MIN_SCRYPT_N && N <= MAX_SCRYPT_N && r === SCRYPT_R && p === SCRYPT_P;
}

export function assertUsableKeyMaterial(km: KeyMaterial): void {
  const usable =
    km.source === 'passphrase'
      ? typeof km.passphrase === 'string' && km.passphrase.length > 0
      : km.key instanceof Uint8Array && km.key.length === KEY_SIZE;
  if (!usable) throw containerErrors.invalidKeyMaterial();
}

const expand = (ikm: Uint8Array, salt: Buffer, info: string) =>
  Buffer.from(hkdfSync('sha256', ikm, salt, info, KEY_SIZE));

type PassphraseMaterial = Extract<KeyMaterial, { source: 'passphrase' }>;

const scryptRoot = (km: PassphraseMaterial, salt: Buffer, kdf: ScryptHeaderParams) => deriveKey(km.passphrase, salt, { N: kdf.N, r: kdf.r, p: kdf.p });

/**
 * Remembers the scrypt results of one passphrase per salt and parameters, so a file written and
 * read straight back (the check after every backup) runs the deliberately slow KDF once. The file
 * still proves the key: the key check over the header as read from disk (salt and parameters
 * included) must match. Holds secrets: wipe() when done.
 */
export class KdfMemo {
  private readonly roots = new Map<string, Buffer>();

  constructor(private readonly km: KeyMaterial) {}

  /** A copy of the root key (the caller zeroes it); other key material than the memo's is derived afresh. */
  async root(km: PassphraseMaterial, salt: Buffer, kdf: ScryptHeaderParams): Promise<Buffer> {
    if (km !== this.km) return scryptRoot(km, salt, kdf);
    const id = `${salt.toString('hex')}:${kdf.N}:${kdf.r}:${kdf.p}`;
    let root = this.roots.get(id);
    if (!root) {
      root = await scryptRoot(km, salt, kdf);
      this.roots.set(id, root);
    }
    return Buffer.from(root);
  }

  wipe(): void {
    for (const root of this.roots.values()) root.fill(0);
    this.roots.clear();
  }
}

/** The header decides which key source opens the file; asking for the other one is a caller error. */
async function rootKey(km: KeyMaterial, salt: Buffer, kdf: ScryptHeaderParams | null, memo: KdfMemo | undefined): Promise<Buffer> {
  if (km.source === 'recovery') {
    if (kdf) throw containerErrors.keySourceMismatch('passphrase');
    return Buffer.from(km.key);
  }
  if (!kdf) throw containerErrors.keySourceMismatch('recovery');
  return memo ? memo.root(km, salt, kdf) : scryptRoot(km, salt, kdf);
}

/**
 * Root key (scrypt output or recovery key) → per-file subkeys via HKDF-SHA-256 salted with the
 * file's random salt, so even the shared recovery key yields fresh keys (and fresh nonces) per file.
 */
export async function deriveFileKeys(km: KeyMaterial, salt: Buffer, kdf: ScryptHeaderParams | null, memo?: KdfMemo): Promise<FileKeys> {
  assertUsableKeyMaterial(km);
  const root = await rootKey(km, salt, kdf, memo);
  try {
    return {
      encryptionKey: expand(root, salt, HKDF_INFO_ENCRYPTION),
      keyCheckKey: expand(root, salt, HKDF_INFO_KEY_CHECK),
    };
  } finally {
    root.fill(0);
  }
}

export const computeKeyCheck = (keys: FileKeys, headerBytes: Buffer): Buffer =>
  createHmac('sha256', keys.keyCheckKey).update(headerBytes).digest();

export function keyCheckMatches(keys: FileKeys, headerBytes: Buffer, stored: Buffer): boolean {
  const actual = computeKeyCheck(keys, headerBytes);
  return actual.length === stored.length && timingSafeEqual(actual, stored);
}

export function wipeKeys(keys: FileKeys): void {
  keys.encryptionKey.fill(0);
  keys.keyCheckKey.fill(0);
}
