import { MAX_BROWSER_HANDOVER_FILE_BYTES, MAX_HANDOVER_FILE_BYTES } from '@contract/channels/handover';
import { readAsBase64 } from '../network/documents/file-check';
import { formatBytes } from '../network/format';

/** A chosen .kimcase, read in memory as base64 (it travels that way; nothing is written to disk). */
export interface ChosenFile {
  name: string;
  size: number;
  contentBase64: string;
}

type Problem = 'empty' | 'tooLarge' | 'tooLargeForBrowser' | 'readFailed';
export type FileCheck = { ok: true; file: ChosenFile } | { ok: false; key: Problem; values: Record<string, string> };

// Without the desktop bridge the file goes through browser mode's HTTP endpoint, which reads less.
const inBrowserMode = (): boolean => window.kim === undefined;

function sizeProblem(size: number): Problem | null {
  if (size === 0) return 'empty';
  if (size > MAX_HANDOVER_FILE_BYTES) return 'tooLarge';
  if (inBrowserMode() && size > MAX_BROWSER_HANDOVER_FILE_BYTES) return 'tooLargeForBrowser';
  return null;
}

/** Refuses an empty or too large file before it travels; the server checks the content. */
export async function readHandoverFile(file: File): Promise<FileCheck> {
  const max = inBrowserMode() ? MAX_BROWSER_HANDOVER_FILE_BYTES : MAX_HANDOVER_FILE_BYTES;
  const values = { name: file.name, size: formatBytes(file.size), max: formatBytes(max), desktopMax: formatBytes(MAX_HANDOVER_FILE_BYTES) };
  const problem = sizeProblem(file.size);
  if (problem) return { ok: false, key: problem, values };
  try {
    return { ok: true, file: { name: file.name, size: file.size, contentBase64: await readAsBase64(file) } };
  } catch {
    return { ok: false, key: 'readFailed', values };
  }
}
