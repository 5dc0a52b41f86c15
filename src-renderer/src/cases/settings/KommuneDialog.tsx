import { contract } from '@contract';
import type { KommuneView } from '@contract/channels/kommunen';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { call } from '../../api/client';
import { keyOf } from '../../api/queries';
import { FormTextField } from '../../components/FormTextField';
import { FormDialog } from '../shared/FormDialog';

const schema = z.object({ name: contract['kommunen.save'].input.shape.name });

/** Saves a Kommune (new or renamed/(de)activated) and reloads every Kommune list. */
export function useSaveKommune() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id?: string; version?: number; name: string; active: boolean }) => call('kommunen.save', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keyOf('kommunen.list') }),
  });
}

/** Adds a Kommune or renames one. */
export function KommuneDialog({ kommune, onClose, onSaved }: { kommune: KommuneView | null; onClose: () => void; onSaved: (k: KommuneView) => void }) {
  const { t } = useTranslation('cases');
  const save = useSaveKommune();
  const { control, handleSubmit } = useForm<z.input<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { name: kommune?.name ?? '' } });
  const submit = handleSubmit((v) =>
    save.mutate({ name: v.name, active: kommune?.active ?? true, ...(kommune ? { id: kommune.id, version: kommune.version } : {}) }, { onSuccess: onSaved }),
  );
  return (
    <FormDialog title={t(kommune ? 'kommunen.editTitle' : 'kommunen.addTitle')} onSubmit={submit} onClose={onClose} pending={save.isPending} error={save.error}>
      <FormTextField control={control} name="name" label={t('kommunen.name')} required autoFocus autoComplete="off" />
    </FormDialog>
  );
}
