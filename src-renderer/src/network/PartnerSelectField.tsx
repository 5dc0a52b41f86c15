import type { Control, FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../api/queries';
import { FormTextField } from '../components/FormTextField';

/** A native select of the active partners, bound to a form field. */
export function PartnerSelectField<T extends FieldValues>({ control, name, label }: { control: Control<T>; name: Path<T>; label: string }) {
  const { t } = useTranslation('network');
  const partners = useCallQuery('partners.list', { includeInactive: false });
  return (
    <FormTextField control={control} name={name} label={label} select required slotProps={{ select: { native: true } }}>
      <option value="" />
      {(partners.data ?? []).map((p) => (
        <option key={p.id} value={p.id}>
          {`${p.name} (${t(`kinds.${p.kind}`)})`}
        </option>
      ))}
    </FormTextField>
  );
}
