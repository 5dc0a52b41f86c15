import { z } from 'zod';
import { channel } from '../define';
import { id, requiredLine, version } from '../fields';

export interface KommuneView {
  id: string;
  name: string;
  active: boolean;
  version: number;
}

export const kommunenChannels = {
  'kommunen.list': channel<KommuneView[]>()(z.object({ includeInactive: z.boolean().default(false) }).strict(), 'user'),
  /** Adds (no id) or renames / (de)activates a Kommune; cases keep their Kommune when it is deactivated. */
  'kommunen.save': channel<KommuneView>()(
    z
      .object({ id: id.optional(), version: version.optional(), name: requiredLine(120), active: z.boolean().default(true) })
      .strict()
      .refine((v) => (v.id === undefined) === (v.version === undefined), { message: 'id und version gehören zusammen', path: ['version'] }),
    ['administration'],
  ),
};
