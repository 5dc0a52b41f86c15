import { detectDocumentType, MAX_DOCUMENT_BYTES, SIGNATURE_BYTES } from '@contract/channels/documents';

export type FileProblem = 'empty' | 'tooLarge' | 'wrongType' | 'readFailed';

/** The same checks the server makes, before 25 MB travel for nothing: size and content type. */
export async function checkFile(file: File): Promise<FileProblem | null> {
  if (file.size === 0) return 'empty';
  if (file.size > MAX_DOCUMENT_BYTES) return 'tooLarge';
  try {
    const head = new Uint8Array(await file.slice(0, SIGNATURE_BYTES).arrayBuffer());
    return detectDocumentType(head) ? null : 'wrongType';
  } catch {
    return 'readFailed';
  }
}

/** The file as base64, read in memory (a data URL without its prefix): nothing is written to disk. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
