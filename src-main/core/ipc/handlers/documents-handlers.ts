import { downloadDocument, listDocuments, removeDocument, uploadDocument } from '../../documents/document-service';
import type { HandlerMap } from '../handler-types';
import { caseCtx } from './case-context';

type DocumentChannel = 'documents.upload' | 'documents.list' | 'documents.download' | 'documents.remove';

export const documentsHandlers: HandlerMap<DocumentChannel> = {
  'documents.upload': (input, ctx) => uploadDocument(caseCtx(ctx), input),
  'documents.list': (input, ctx) => listDocuments(caseCtx(ctx), input.caseId),
  'documents.download': (input, ctx) => downloadDocument(caseCtx(ctx), input.id),
  'documents.remove': (input, ctx) => {
    removeDocument(caseCtx(ctx), input.id);
    return null;
  },
};
