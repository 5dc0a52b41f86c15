import { DOCUMENT_TYPES, type DocumentMimeType } from '../../contract/channels/documents';

// Types are recognised by their first bytes (`detectDocumentType` in the contract); the name
// only has to agree with them.

/** Lower-case extension after the last dot, '' when there is none. */
export const extensionOf = (fileName: string): string => {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
};

export const extensionsOf = (mimeType: DocumentMimeType): readonly string[] =>
  DOCUMENT_TYPES.find((t) => t.mimeType === mimeType)?.extensions ?? [];
