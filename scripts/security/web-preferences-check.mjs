// A strict check of every window's webPreferences, next to Electronegativity: that tool stays
// silent about `nodeIntegration: true` once `sandbox: true` is present and rates it INFORMATIONAL
// otherwise, so a dangerous setting could slip through it. Here every value must be the literal we
// expect, written where it can be read (no variables, no spreads).

import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** Settings every window must state explicitly, with exactly these values. */
export const REQUIRED_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
};

/** Settings that may only appear set to false (or not at all). */
const MUST_NOT_ENABLE = ['nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'experimentalFeatures', 'enableRemoteModule'];
/** Settings that may not appear at all. */
const FORBIDDEN = ['enableBlinkFeatures'];
const WINDOW_CLASSES = new Set(['BrowserWindow', 'BrowserView', 'WebContentsView']);

const nameOf = (prop) => (prop.name && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name)) ? prop.name.text : null);
const literalBoolean = (node) => (node.kind === ts.SyntaxKind.TrueKeyword ? true : node.kind === ts.SyntaxKind.FalseKeyword ? false : undefined);

function checkPreferences(obj, report) {
  const seen = new Map();
  for (const prop of obj.properties) {
    if (ts.isSpreadAssignment(prop)) {
      report(prop, 'webPreferences contains a spread; every value must be written out');
      continue;
    }
    const name = nameOf(prop);
    if (name === null) {
      report(prop, 'webPreferences contains a computed key');
      continue;
    }
    seen.set(name, ts.isPropertyAssignment(prop) ? literalBoolean(prop.initializer) : undefined);
    if (FORBIDDEN.includes(name)) report(prop, `webPreferences.${name} must not be set`);
    if (MUST_NOT_ENABLE.includes(name) && seen.get(name) !== false) report(prop, `webPreferences.${name} must be absent or false`);
  }
  for (const [name, value] of Object.entries(REQUIRED_PREFERENCES)) {
    if (!seen.has(name)) report(obj, `webPreferences.${name} is missing (must be ${value})`);
    else if (seen.get(name) !== value) report(obj, `webPreferences.${name} must be the literal ${value}`);
  }
}

/** Findings ({file, line, message}) for one TypeScript/JavaScript source file. */
export function checkWebPreferencesInFile(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const findings = [];
  const report = (node, message) => findings.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, message });

  const visit = (node) => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && WINDOW_CLASSES.has(node.expression.text)) {
      const options = node.arguments?.[0];
      const prefs = options && ts.isObjectLiteralExpression(options) ? options.properties.find((p) => nameOf(p) === 'webPreferences') : undefined;
      if (!prefs || !ts.isPropertyAssignment(prefs) || !ts.isObjectLiteralExpression(prefs.initializer)) {
        report(node, `new ${node.expression.text}(...) must pass webPreferences as an object literal`);
      }
    }
    if (ts.isPropertyAssignment(node) && nameOf(node) === 'webPreferences') {
      if (ts.isObjectLiteralExpression(node.initializer)) checkPreferences(node.initializer, report);
      else report(node, 'webPreferences must be an object literal');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

/** Findings over all files, plus one if no window is created at all (nothing was verified). */
export function checkWebPreferences(files) {
  const findings = files.flatMap(checkWebPreferencesInFile);
  const windows = files.filter((f) => /new\s+(BrowserWindow|BrowserView|WebContentsView)\s*\(/.test(readFileSync(f, 'utf8')));
  if (windows.length === 0) findings.push({ file: 'N/A', line: 0, message: 'no BrowserWindow found in the shell: the window settings could not be verified' });
  return findings;
}
