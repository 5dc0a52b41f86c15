import { z } from 'zod';
import { channel } from '../define';
import { requiredLine } from '../fields';

export interface OfficeSettings {
  officeName: string;
  idleLockMinutes: number;
  /** Lead time of the Heute reminder before a residence document expires, in weeks. */
  residenceReminderWeeks: number;
}

export const settingsChannels = {
  'settings.get': channel<OfficeSettings>()(z.object({}).strict(), 'user'),
  'settings.update': channel<OfficeSettings>()(
    z
      .object({
        officeName: requiredLine(200).optional(),
        idleLockMinutes: z.number().int().min(1).max(240).optional(),
        residenceReminderWeeks: z.number().int().min(1).max(52).optional(),
      })
      .strict(),
    ['administration'],
  ),
};
