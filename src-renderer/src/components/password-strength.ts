import { MIN_PASSWORD_LENGTH } from '@contract/fields';

export type PasswordStrength = 'tooShort' | 'weak' | 'fair' | 'strong';

/** A rough hint only (length counts most); the server enforces just the minimum length. */
export function passwordStrength(password: string, minLength = MIN_PASSWORD_LENGTH): PasswordStrength {
  if (password.length < minLength) return 'tooShort';
  const classes = [/[a-zäöüß]/, /[A-ZÄÖÜ]/, /\d/, /[^A-Za-z0-9äöüßÄÖÜ]/].filter((re) => re.test(password)).length;
  const score = classes + (password.length >= 14 ? 1 : 0) + (password.length >= 20 ? 2 : 0);
  if (score >= 5) return 'strong';
  if (score >= 3) return 'fair';
  return 'weak';
}
