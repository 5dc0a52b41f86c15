import type { z } from 'zod';
import { appChannels } from './channels/app';
import { auditChannels } from './channels/audit';
import { authChannels } from './channels/auth';
import { backupChannels } from './channels/backup';
import { barriersChannels } from './channels/barriers';
import { calendarChannels } from './channels/calendar';
import { caseFileChannels } from './channels/case-files';
import { settingsChannels } from './channels/settings';
import { setupRestoreChannels } from './channels/setup-restore';
import { usersChannels } from './channels/users';
import { consentsChannels } from './channels/consents';
import { consultationsChannels } from './channels/consultations';
import { disputesChannels } from './channels/disputes';
import { documentsChannels } from './channels/documents';
import { handoverChannels } from './channels/handover';
import { partnersChannels } from './channels/partners';
import { printChannels } from './channels/print';
import { referralsChannels } from './channels/referrals';
import { reportsChannels } from './channels/reports';
import { volunteersChannels } from './channels/volunteers';
import type { ChannelDef } from './define';

/** Every call the renderer can make, declared once. Domain issues add their channel maps here. */
export const contract = {
  ...appChannels,
  ...authChannels,
  ...usersChannels,
  ...settingsChannels,
  ...auditChannels,
  ...caseFileChannels,
  ...calendarChannels,
  ...partnersChannels,
  ...volunteersChannels,
  ...consentsChannels,
  ...referralsChannels,
  ...disputesChannels,
  ...documentsChannels,
  ...backupChannels,
  ...setupRestoreChannels,
  ...barriersChannels,
  ...reportsChannels,
  ...consultationsChannels,
  ...printChannels,
  ...handoverChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Contract[C] extends ChannelDef<z.ZodType, infer O> ? O : never;

export const CHANNELS = Object.keys(contract) as Channel[];
export const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name);

export type { Result, ApiError, ErrorCode } from './result';
export type { Role } from './roles';
