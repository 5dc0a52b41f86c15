import { z } from 'zod';
import { channel } from '../define';

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  /** Id of the first row whose link or content hash does not match, if any. */
  firstBrokenId: number | null;
}

export const auditChannels = {
  'audit.verify': channel<AuditVerifyResult>()(z.object({}).strict(), ['administration']),
};
