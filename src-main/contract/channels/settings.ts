import { z } from 'zod';
import { channel } from '../define';
import { requiredLine } from '../fields';

export interface OfficeSettings {
  officeName: string;
  idleLockMinutes: number;
}

export const settingsChannels = {
  'settings.get': channel<OfficeSettings>()(z.object({}).strict(), 'user'),
  'settings.update': channel<OfficeSettings>()(
    z
      .object({
        officeName: requiredLine(200).optional(),
        idleLockMinutes: z.number().int().min(1).max(240).optional(),
      })
      .strict(),
    ['administration'],
  ),
};
