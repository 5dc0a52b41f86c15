import { z } from 'zod';

// Shared field schemas, so every channel bounds strings the same way.

/** A single-line text, trimmed, bounded. */
export const line = (max = 200) => z.string().trim().max(max);
/** A required single-line text. */
export const requiredLine = (max = 200) => z.string().trim().min(1).max(max);
/** Free text (notes, summaries), bounded to keep payloads and rows sane. */
export const text = (max = 20_000) => z.string().max(max);

export const username = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/);

export const MIN_PASSWORD_LENGTH = 10;
export const password = z.string().min(1).max(256);
export const newPassword = z.string().min(MIN_PASSWORD_LENGTH).max(256);

export const id = z.string().min(1).max(64);
export const isoDateTime = z.iso.datetime({ offset: true });
export const isoDate = z.iso.date();
export const version = z.number().int().min(0);
