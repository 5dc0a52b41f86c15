import { z } from 'zod';
import { line } from '../fields';

/** The letterhead of printed documents, set by the administration in Einstellungen. */
export const letterheadInput = z
  .object({
    kommune: line(200),
    fachdienst: line(200),
    street: line(200),
    postalCode: z.union([z.literal(''), z.string().trim().regex(/^\d{5}$/)]),
    city: line(120),
    phone: line(60),
    email: z.union([z.literal(''), z.email().max(254)]),
  })
  .strict();
export type Letterhead = z.output<typeof letterheadInput>;

export const EMPTY_LETTERHEAD: Letterhead = { kommune: '', fachdienst: '', street: '', postalCode: '', city: '', phone: '', email: '' };

/** Largest logo file the letterhead accepts. */
export const MAX_LOGO_BYTES = 500 * 1024;
export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
/** A data URL of at most MAX_LOGO_BYTES is about 4/3 of it in base64, plus its header. */
export const MAX_LOGO_DATA_URL_CHARS = Math.ceil(MAX_LOGO_BYTES / 3) * 4 + 64;
