import { z } from 'zod';
import { channel } from '../define';
import { id, line, requiredLine, text, version } from '../fields';

/** Ehrenamtliche: only what the office needs to reach them and match them to families. */
export interface VolunteerView {
  id: string;
  displayName: string;
  helpsWith: string;
  contact: string | null;
  active: boolean;
  /** Cases the volunteer accompanies. */
  caseIds: string[];
  version: number;
}

const fields = {
  displayName: requiredLine(200),
  helpsWith: text(2_000),
  contact: line(200),
  active: z.boolean(),
};

const editors = ['fallmanagement', 'administration'] as const;

export const volunteersChannels = {
  'volunteers.list': channel<VolunteerView[]>()(z.object({ includeInactive: z.boolean().optional() }).strict(), 'user'),
  'volunteers.create': channel<VolunteerView>()(
    z
      .object({ ...fields, helpsWith: fields.helpsWith.default(''), contact: fields.contact.optional(), active: fields.active.default(true) })
      .strict(),
    editors,
  ),
  'volunteers.update': channel<VolunteerView>()(z.object({ id, version, ...z.object(fields).partial().shape }).strict(), editors),
  /** Volunteers accompanying one case (case access applies). */
  'volunteers.listForCase': channel<VolunteerView[]>()(z.object({ caseId: id }).strict(), 'user'),
  'volunteers.assign': channel<null>()(z.object({ volunteerId: id, caseId: id }).strict(), editors),
  'volunteers.unassign': channel<null>()(z.object({ volunteerId: id, caseId: id }).strict(), editors),
};
