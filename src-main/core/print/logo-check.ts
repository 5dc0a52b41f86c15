import { LOGO_MIME_TYPES, MAX_LOGO_BYTES } from '../../contract/channels/letterhead';
import { AppError } from '../errors';

// The letterhead logo arrives as a data URL chosen by the administration. The declared type must
// match the bytes (PNG and JPEG signatures, an <svg> document), the file must be small, and an SVG
// must not carry script or external content: it is drawn on every printed page.

type LogoType = (typeof LOGO_MIME_TYPES)[number];

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_SIGNATURE = Buffer.from([0xff, 0xd8, 0xff]);
const SVG_FORBIDDEN = [/<script/i, /<foreignObject/i, /\son[a-z]+\s*=/i, /javascript:/i, /(?:href|src)\s*=\s*["']?\s*(?:https?:|\/\/|file:)/i, /<!ENTITY/i];

const invalid = (message: string) => new AppError('VALIDATION', message, { issues: [{ path: 'dataUrl', code: 'invalid_logo' }] });

function matchesType(type: LogoType, bytes: Buffer): boolean {
  if (type === 'image/png') return bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE);
  if (type === 'image/jpeg') return bytes.subarray(0, JPEG_SIGNATURE.length).equals(JPEG_SIGNATURE);
  const text = bytes.toString('utf8');
  return /<svg[\s>]/i.test(text) && !SVG_FORBIDDEN.some((re) => re.test(text));
}

/** Checks a logo data URL; answers it unchanged, or throws VALIDATION / TOO_LARGE in German. */
export function checkLogoDataUrl(dataUrl: string): string {
  const match = /^data:([a-z+/]+);base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl);
  const type = match?.[1] as LogoType | undefined;
  if (!match || !type || !LOGO_MIME_TYPES.includes(type)) throw invalid('Das Logo muss eine PNG-, JPEG- oder SVG-Datei sein.');
  const bytes = Buffer.from(match[2] ?? '', 'base64');
  if (bytes.length > MAX_LOGO_BYTES) throw new AppError('TOO_LARGE', 'Das Logo darf höchstens 500 KB groß sein.');
  if (!matchesType(type, bytes)) {
    throw invalid(
      type === 'image/svg+xml'
        ? 'Die SVG-Datei ist kein einfaches Bild (Skripte und externe Inhalte sind nicht erlaubt).'
        : 'Der Inhalt der Datei passt nicht zum Dateityp. Bitte wählen Sie eine echte PNG- oder JPEG-Datei.',
    );
  }
  return dataUrl;
}
