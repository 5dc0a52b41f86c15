import { z } from 'zod';
import { channel } from '../define';
import { id, line, requiredLine, text, version } from '../fields';

/** Kinds of partner organisations; the database schema uses the same list. */
export const PARTNER_KINDS = [
  'jobcenter',
  'auslaenderbehoerde',
  'kita',
  'schule',
  'beratungsstelle',
  'wohlfahrtsverband',
  'sprachkurstraeger',
  'verein',
  'gesundheit',
  'sonstige',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export interface PartnerContact {
  name: string;
  role: string;
  phone: string;
  email: string;
}

export interface PartnerView {
  id: string;
  name: string;
  kind: PartnerKind;
  services: string;
  contacts: PartnerContact[];
  street: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  active: boolean;
  version: number;
  updatedAt: string;
}

const emailOrEmpty = z.union([z.literal(''), z.email().max(254)]);

export const partnerContact = z
  .object({ name: requiredLine(200), role: line(200).default(''), phone: line(60).default(''), email: emailOrEmpty.default('') })
  .strict();

/** Optional address and reach fields: empty text clears them. */
const partnerFields = {
  name: requiredLine(200),
  kind: z.enum(PARTNER_KINDS),
  services: text(5_000),
  contacts: z.array(partnerContact).max(50),
  street: line(200),
  postalCode: z.union([z.literal(''), z.string().trim().regex(/^\d{5}$/)]),
  city: line(120),
  phone: line(60),
  email: emailOrEmpty,
  active: z.boolean(),
};

export const partnerCreateInput = z
  .object({
    ...partnerFields,
    services: partnerFields.services.default(''),
    contacts: partnerFields.contacts.default([]),
    street: partnerFields.street.optional(),
    postalCode: partnerFields.postalCode.optional(),
    city: partnerFields.city.optional(),
    phone: partnerFields.phone.optional(),
    email: partnerFields.email.optional(),
    active: partnerFields.active.default(true),
  })
  .strict();

export const partnerUpdateInput = z.object({ id, version, ...z.object(partnerFields).partial().shape }).strict();

/** Partners are office-wide master data: case managers and the administration keep them up to date. */
const editors = ['fallmanagement', 'administration'] as const;

export const partnersChannels = {
  'partners.list': channel<PartnerView[]>()(
    z.object({ query: line(200).optional(), kind: z.enum(PARTNER_KINDS).optional(), includeInactive: z.boolean().optional() }).strict(),
    'user',
  ),
  'partners.get': channel<PartnerView>()(z.object({ id }).strict(), 'user'),
  'partners.create': channel<PartnerView>()(partnerCreateInput, editors),
  'partners.update': channel<PartnerView>()(partnerUpdateInput, editors),
  /** Deletes a partner nothing refers to yet; one with consents or referrals can only be deactivated. */
  'partners.remove': channel<null>()(z.object({ id, version }).strict(), editors),
};
