import type { InputOf } from '@contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { keyOf } from '../../api/queries';
import { saveDownload } from './save-download';

export function useDocumentMutations() {
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: keyOf('documents.list') });
  return {
    upload: useMutation({ mutationFn: (input: InputOf<'documents.upload'>) => call('documents.upload', input), onSuccess: reload }),
    remove: useMutation({ mutationFn: (input: InputOf<'documents.remove'>) => call('documents.remove', input), onSettled: reload }),
    download: useMutation({ mutationFn: async (id: string) => saveDownload(await call('documents.download', { id })) }),
  };
}
