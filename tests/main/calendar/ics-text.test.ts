import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contentLines,
  escapeText,
  foldLine,
  parseContentLine,
  splitList,
  unescapeText,
} from '../../../src-main/core/calendar/ics-text';
import { catchAppError } from './helpers';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const unfold = (folded: string) => [...contentLines(folded)].map((l) => l.text);

describe('foldLine', () => {
  it('keeps short lines and folds long ones at 75 octets', () => {
    expect(foldLine('SUMMARY:kurz')).toBe('SUMMARY:kurz');
    const folded = foldLine(`DESCRIPTION:${'x'.repeat(200)}`);
    const parts = folded.split('\r\n');
    // 'DESCRIPTION:' + 200 × 'x' = 212 octets = 75 + (1 + 74) + (1 + 63)
    expect(parts.map(octets)).toEqual([75, 75, 64]);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
  });

  it('never splits a multi-byte character (umlauts, emoji)', () => {
    // 'SUMMARY:' (8) + 33 × 'ä' (2 octets) = 74 octets, the next 'ä' would cross the limit.
    const line = `SUMMARY:${'ä'.repeat(40)}🙂🙂🙂${'€'.repeat(30)}`;
    const parts = foldLine(line).split('\r\n');
    expect(parts[0]).toBe(`SUMMARY:${'ä'.repeat(33)}`);
    for (const p of parts) {
      expect(octets(p)).toBeLessThanOrEqual(75);
      expect(p).not.toMatch(/[\uD800-\uDBFF]$/); // no lone high surrogate at a break
      expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
    }
    expect(unfold(foldLine(line))).toEqual([line]);
  });

  it('unfolds back to the original for any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const line = `DESCRIPTION:${escapeText(s)}`;
        const folded = foldLine(line);
        expect(folded.split('\r\n').every((p) => octets(p) <= 75)).toBe(true);
        expect(unfold(folded)).toEqual([line]);
      }),
    );
  });
});

describe('TEXT escaping', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(unescapeText('a\\\\b\\;c\\,d\\ne\\Nf\\:g')).toBe('a\\b;c,d\ne\nf:g');
  });

  it('round-trips text without control characters (property)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 80 }).map((s) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f\r]/g, ''));
    fc.assert(
      fc.property(text, (s) => {
        expect(unescapeText(escapeText(s))).toBe(s);
      }),
    );
  });

  it('splits lists only on unescaped commas', () => {
    expect(splitList('a\\,b,c').map(unescapeText)).toEqual(['a,b', 'c']);
  });
});

describe('contentLines / parseContentLine', () => {
  it('accepts CRLF and LF, unfolds, and reports the first physical line', () => {
    const lines = [...contentLines('BEGIN:VCALENDAR\r\nSUMMARY:ab\r\n c\n\nEND:VCALENDAR')];
    expect(lines).toEqual([
      { line: 1, text: 'BEGIN:VCALENDAR' },
      { line: 2, text: 'SUMMARY:abc' },
      { line: 5, text: 'END:VCALENDAR' },
    ]);
  });

  it('parses parameters, including quoted values with : and ;', () => {
    expect(parseContentLine({ line: 3, text: 'dtstart;tzid=Europe/Berlin;X-A="a:b;c",d:20260101T100000' })).toEqual({
      line: 3,
      name: 'DTSTART',
      params: { TZID: 'Europe/Berlin', 'X-A': 'a:b;c,d' },
      value: '20260101T100000',
    });
  });

  it.each(['no colon here', ':value', 'NAME;PARAM:value', 'NAME;P="open:value', 'NA ME:value'])(
    'rejects the malformed line %j with its line number',
    (text) => {
      const err = catchAppError(() => parseContentLine({ line: 7, text }));
      expect(err.code).toBe('VALIDATION');
      expect(err.message).toMatch(/^Zeile 7:/);
    },
  );
});
