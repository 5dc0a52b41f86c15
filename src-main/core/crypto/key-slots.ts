import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID } from 'node:crypto';
import { AppError } from '../errors';
import type { KeyFileBody, KeySlot } from './key-file';
import { normalizeRecoveryCode } from './recovery-code';
import { DEFAULT_SCRYPT, deriveKey, MIN_SCRYPT_N, type ScryptParams } from './scrypt';

// Disk-encryption style key slots: the random database key wrapped with AES-256-GCM under a key
// derived (scrypt) from each user's password and from the office recovery code.

export const WRONG_PASSWORD_MESSAGE = 'Benutzername oder Passwort ist falsch.';

const labelFor = (body: Pick<KeyFileBody, 'labelSalt'>, username: string) =>
  createHash('sha256').update(body.labelSalt).update(username.trim().toLowerCase()).digest('hex');

// Binding slot id and kind into the tag stops anyone from swapping wrapped keys between slots.
const aadFor = (slot: Pick<KeySlot, 'id' | 'kind' | 'userId'>) =>
  Buffer.from(`kim-slot|${slot.id}|${slot.kind}|${slot.userId ?? ''}`);

async function wrap(
  dbKey: Buffer,
  secret: string,
  meta: Pick<KeySlot, 'kind' | 'userId' | 'label'>,
  params: ScryptParams,
): Promise<KeySlot> {
  const salt = randomBytes(16);
  const kek = await deriveKey(secret, salt, params);
  const iv = randomBytes(12);
  const slot = { ...meta, id: randomUUID() };
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(aadFor(slot));
  const wrapped = Buffer.concat([cipher.update(dbKey), cipher.final()]);
  kek.fill(0);
  return {
    ...slot,
    kdf: { ...params, salt: salt.toString('hex') },
    iv: iv.toString('hex'),
    tag: cipher.getAuthTag().toString('hex'),
    wrapped: wrapped.toString('hex'),
  };
}

/** Returns the database key, or null when the secret does not open this slot. */
async function unwrap(slot: KeySlot, secret: string): Promise<Buffer | null> {
  if (slot.kdf.N < MIN_SCRYPT_N) throw new AppError('KEYFILE_DAMAGED', 'Die Schlüsseldatei enthält unzulässige Parameter.');
  const kek = await deriveKey(secret, Buffer.from(slot.kdf.salt, 'hex'), slot.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(slot.iv, 'hex'));
    decipher.setAAD(aadFor(slot));
    decipher.setAuthTag(Buffer.from(slot.tag, 'hex'));
    return Buffer.concat([decipher.update(Buffer.from(slot.wrapped, 'hex')), decipher.final()]);
  } catch {
    return null;
  } finally {
    kek.fill(0);
  }
}

export async function createKeyFileBody(args: {
  dbKey: Buffer;
  userId: string;
  username: string;
  password: string;
  recoveryCode: string;
  scrypt?: ScryptParams;
}): Promise<KeyFileBody> {
  const params = args.scrypt ?? DEFAULT_SCRYPT;
  const base = { format: 'kim-keyfile', version: 1, cipher: 'sqlcipher4-rawkey', labelSalt: randomBytes(16).toString('hex') } as const;
  const userSlot = await wrap(args.dbKey, args.password, { kind: 'user', userId: args.userId, label: labelFor(base, args.username) }, params);
  const recoverySlot = await wrap(args.dbKey, normalizeRecoveryCode(args.recoveryCode), { kind: 'recovery', userId: null, label: null }, params);
  return { ...base, slots: [userSlot, recoverySlot] };
}

export function findUserSlot(body: KeyFileBody, username: string): KeySlot | undefined {
  const label = labelFor(body, username);
  return body.slots.find((s) => s.kind === 'user' && s.label === label);
}

async function unlockUserSlot(slot: KeySlot | undefined, password: string): Promise<{ dbKey: Buffer; userId: string }> {
  if (!slot || !slot.userId) {
    // Same cost as a real attempt, so timing does not tell which user names exist.
    await deriveKey(password, Buffer.alloc(16), DEFAULT_SCRYPT);
    throw new AppError('WRONG_PASSWORD', WRONG_PASSWORD_MESSAGE);
  }
  const dbKey = await unwrap(slot, password);
  if (!dbKey) throw new AppError('WRONG_PASSWORD', WRONG_PASSWORD_MESSAGE);
  return { dbKey, userId: slot.userId };
}

export function unlockWithPassword(body: KeyFileBody, username: string, password: string): Promise<{ dbKey: Buffer; userId: string }> {
  return unlockUserSlot(findUserSlot(body, username), password);
}

/**
 * Opens the file's only user slot without a user name (the command line on a one-person install,
 * where names live inside the still-sealed database). Null when there is not exactly one user slot.
 */
export async function unlockOnlyUserSlot(body: KeyFileBody, password: string): Promise<{ dbKey: Buffer; userId: string } | null> {
  const userSlots = body.slots.filter((s) => s.kind === 'user');
  return userSlots.length === 1 ? unlockUserSlot(userSlots[0], password) : null;
}

export async function unlockWithRecoveryCode(body: KeyFileBody, code: string): Promise<Buffer> {
  const slot = body.slots.find((s) => s.kind === 'recovery');
  if (!slot) throw new AppError('KEYFILE_DAMAGED', 'Die Schlüsseldatei enthält keinen Wiederherstellungsschlüssel.');
  const dbKey = await unwrap(slot, normalizeRecoveryCode(code));
  if (!dbKey) throw new AppError('WRONG_PASSWORD', 'Der Wiederherstellungscode ist falsch.');
  return dbKey;
}

/** Adds or replaces the slot of one user (new user, changed or reset password). */
export async function withUserSlot(
  body: KeyFileBody,
  args: { dbKey: Buffer; userId: string; username: string; password: string; scrypt?: ScryptParams },
): Promise<KeyFileBody> {
  const slot = await wrap(args.dbKey, args.password, { kind: 'user', userId: args.userId, label: labelFor(body, args.username) }, args.scrypt ?? DEFAULT_SCRYPT);
  return { ...body, slots: [...body.slots.filter((s) => s.userId !== args.userId), slot] };
}

export function withoutUserSlot(body: KeyFileBody, userId: string): KeyFileBody {
  return { ...body, slots: body.slots.filter((s) => s.userId !== userId) };
}
