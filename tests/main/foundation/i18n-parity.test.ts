import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// German is the source language; every English namespace must offer the same texts, so that
// switching the language never falls back to German or shows a raw key.
const I18N_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src-renderer/src/i18n');
const LANGS = ['de', 'en'] as const;
type Lang = (typeof LANGS)[number];

// Plural forms are language-specific (i18next picks `_one`/`_other` etc. per language), so only
// the base key has to exist in both languages.
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{\s*([^}]+?)\s*\}\}/g;

const jsonFiles = (lang: Lang): string[] => readdirSync(path.join(I18N_DIR, lang)).filter((f) => f.endsWith('.json'));

/** Dotted key → leaf value. Arrays count as objects (`weekdays.0`); empty containers are leaves so they get reported. */
function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  const isContainer = typeof value === 'object' && value !== null;
  if (!isContainer || Object.keys(value).length === 0) {
    out.set(prefix, value);
    return out;
  }
  for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

/** Placeholder names per base key, unioned over its plural variants (`{{count, number}}` counts as `count`). */
function placeholdersByBaseKey(leaves: Map<string, unknown>): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const [key, value] of leaves) {
    const base = key.replace(PLURAL_SUFFIX, '');
    const names = result.get(base) ?? new Set<string>();
    if (typeof value === 'string') for (const m of value.matchAll(PLACEHOLDER)) names.add((m[1] ?? '').split(',')[0]?.trim() ?? '');
    result.set(base, names);
  }
  return result;
}

type Loaded = { leaves: Map<string, unknown> } | { problem: string };

function load(lang: Lang, file: string): Loaded {
  const full = path.join(I18N_DIR, lang, file);
  if (!existsSync(full)) return { problem: `${lang}/${file} is missing` };
  try {
    return { leaves: flatten(JSON.parse(readFileSync(full, 'utf8'))) };
  } catch (e) {
    return { problem: `${lang}/${file} does not parse: ${(e as Error).message}` };
  }
}

const difference = <T>(a: Iterable<T>, b: Set<T>): T[] => [...a].filter((x) => !b.has(x));

/** Everything wrong with one namespace, one line per kind of problem, naming the keys. */
function namespaceProblems(file: string): string[] {
  const loaded = { de: load('de', file), en: load('en', file) };
  const problems: string[] = [];
  for (const lang of LANGS) {
    const l = loaded[lang];
    if ('problem' in l) problems.push(l.problem);
    else {
      const bad = [...l.leaves].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k || '(root)');
      if (bad.length) problems.push(`${lang}/${file}: empty or non-string values at ${bad.join(', ')}`);
    }
  }
  if ('problem' in loaded.de || 'problem' in loaded.en) return problems;

  const de = placeholdersByBaseKey(loaded.de.leaves);
  const en = placeholdersByBaseKey(loaded.en.leaves);
  const onlyDe = difference(de.keys(), new Set(en.keys()));
  const onlyEn = difference(en.keys(), new Set(de.keys()));
  if (onlyDe.length) problems.push(`${file}: keys missing in en: ${onlyDe.join(', ')}`);
  if (onlyEn.length) problems.push(`${file}: keys missing in de: ${onlyEn.join(', ')}`);
  for (const [key, names] of de) {
    const missing = difference(names, en.get(key) ?? new Set());
    if (en.has(key) && missing.length) {
      problems.push(`${file}: en "${key}" lacks placeholder(s) ${missing.map((n) => `{{${n}}}`).join(', ')}`);
    }
  }
  return problems;
}

const namespaces = [...new Set(LANGS.flatMap(jsonFiles))].sort();

describe('i18n parity between de and en', () => {
  it('finds the namespaces', () => {
    expect(namespaces).toContain('common.json');
  });

  it.each(namespaces)('%s has the same keys, non-empty texts and placeholders in both languages', (file) => {
    const problems = namespaceProblems(file);
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
  });
});
