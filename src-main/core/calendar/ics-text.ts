import { AppError } from '../errors';

// RFC 5545 text layer: content lines, folding at 75 octets, TEXT escaping, parameter parsing.
// Nothing here knows about events; ics-export/ics-import build on it.

export const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** VALIDATION error pointing at a line of the imported file (1-based). */
export const icsError = (line: number, message: string): AppError =>
  new AppError('VALIDATION', `Zeile ${line}: ${message}`, { line });

const utf8Octets = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds one content line into physical lines of at most 75 octets joined by CRLF + space.
 * Iterates by code point, so a multi-byte character (umlaut, emoji) is never cut in half.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Octets(ch.codePointAt(0) ?? 0);
    if (octets + n > MAX_OCTETS) {
      parts.push(current);
      current = ' '; // the continuation marker counts towards the 75 octets
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/**
 * Escapes a TEXT value. Line breaks of any style become `\n`; other control characters are not
 * allowed in iCalendar TEXT and are dropped (tabs are kept).
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** Reverses `escapeText`; tolerates needless escapes like `\:` from other programs. */
export const unescapeText = (value: string): string =>
  value.replace(/\\(.)/gs, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** Splits a comma list (CATEGORIES, EXDATE) on commas that are not escaped. */
export function splitList(value: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\' && i + 1 < value.length) {
      current += c + value[i + 1];
      i++;
    } else if (c === ',') {
      items.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  items.push(current);
  return items;
}

export interface ContentLine {
  /** Physical line number where the (unfolded) content line starts. */
  line: number;
  text: string;
}

/**
 * Unfolds the file lazily, one content line at a time, so a huge file can be refused early
 * without building every line first. Accepts CRLF and bare LF; skips empty lines.
 */
export function* contentLines(text: string): Generator<ContentLine> {
  let pending: ContentLine | null = null;
  let pos = 0;
  let line = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const raw = text.slice(pos, text[nl - 1] === '\r' ? nl - 1 : nl);
    pos = nl + 1;
    line++;
    if (pending && (raw.startsWith(' ') || raw.startsWith('\t'))) {
      pending.text += raw.slice(1);
      continue;
    }
    if (pending) yield pending;
    pending = raw === '' ? null : { line, text: raw };
  }
  if (pending) yield pending;
}

export interface Property {
  line: number;
  name: string; // upper case
  params: Record<string, string>; // names upper case, quotes removed
  value: string; // still escaped
}

const NAME_RE = /^[A-Za-z0-9-]+$/;

/** Parses `NAME;PARAM=value;PARAM="quoted":value`; malformed → VALIDATION with the line. */
export function parseContentLine({ line, text }: ContentLine): Property {
  const bad = () => icsError(line, 'Die Zeile ist kein gültiger iCalendar-Eintrag.');
  const nameEnd = text.search(/[;:]/);
  if (nameEnd <= 0) throw bad();
  const name = text.slice(0, nameEnd);
  if (!NAME_RE.test(name)) throw bad();
  const params: Record<string, string> = {};
  let i = nameEnd;
  while (text[i] === ';') {
    const eq = text.indexOf('=', i);
    if (eq < 0) throw bad();
    const paramName = text.slice(i + 1, eq);
    if (!NAME_RE.test(paramName)) throw bad();
    let value = '';
    i = eq + 1;
    // A parameter value may hold several comma-separated parts, each optionally quoted.
    for (;;) {
      if (text[i] === '"') {
        const close = text.indexOf('"', i + 1);
        if (close < 0) throw bad();
        value += text.slice(i + 1, close);
        i = close + 1;
      } else {
        const end = text.slice(i).search(/[;:,]/);
        if (end < 0) throw bad();
        value += text.slice(i, i + end);
        i += end;
      }
      if (text[i] !== ',') break;
      value += ',';
      i++;
    }
    params[paramName.toUpperCase()] = value;
  }
  if (text[i] !== ':') throw bad();
  return { line, name: name.toUpperCase(), params, value: text.slice(i + 1) };
}
