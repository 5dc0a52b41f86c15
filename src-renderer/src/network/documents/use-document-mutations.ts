import type { InputOf } from '@contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { keyOf } from '../../api/queries';
import { saveBase64File } from '../../components/save-file';

export function useDocumentMutations() {
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: keyOf('documents.list') });
  return {
    upload: useMutation({ mutationFn: (input: InputOf<'documents.upload'>) => call('documents.upload', input), onSuccess: reload }),
    remove: useMutation({ mutationFn: (input: InputOf<'documents.remove'>) => call('documents.remove', input), onSettled: reload }),
    download: useMutation({ mutationFn: async (id: string) => {
      const doc = await call('documents.download', { id });
      saveBase64File(doc.fileName, doc.contentBase64, doc.mimeType);
    } }),
  };
}
