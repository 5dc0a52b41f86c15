import i18next from 'i18next';
import { z } from 'zod';

/**
 * A contract schema plus a `passwordRepeat` field that must equal `field`. The repeat is checked
 * only in the form and stripped before the call (the contract's schemas are strict).
 */
export function withPasswordRepeat<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape, z.core.$strict>, field: keyof Shape & string) {
  return schema.extend({ passwordRepeat: z.string() }).refine((v) => {
    const values = v as Record<string, unknown>;
    return values[field] === values.passwordRepeat;
  }, {
    path: ['passwordRepeat'],
    error: () => i18next.t('common:password.mismatch'),
  });
}
