import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useFieldArray, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../components/FormTextField';
import type { PartnerForm } from './PartnerDialog';

/** The partner's contact persons: a repeatable group of four fields, each group labelled. */
export function PartnerContactsFields({ control }: { control: Control<PartnerForm> }) {
  const { t } = useTranslation('network');
  const { fields, append, remove } = useFieldArray({ control, name: 'contacts' });
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mt: 2 }}>
      <Typography component="legend" variant="subtitle1">
        {t('partners.contacts')}
      </Typography>
      {fields.map((f, i) => (
        <Box key={f.id} role="group" aria-label={t('partners.contactGroup', { index: i + 1 })} sx={{ borderLeft: 2, borderColor: 'divider', pl: 2, my: 1 }}>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
            <FormTextField control={control} name={`contacts.${i}.name`} label={t('partners.contactName')} required size="small" />
            <FormTextField control={control} name={`contacts.${i}.role`} label={t('partners.contactRole')} size="small" />
          </Stack>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: 'center' }}>
            <FormTextField control={control} name={`contacts.${i}.phone`} label={t('partners.contactPhone')} size="small" />
            <FormTextField control={control} name={`contacts.${i}.email`} label={t('partners.contactEmail')} type="email" size="small" />
            <IconButton aria-label={t('partners.removeContact', { index: i + 1 })} onClick={() => remove(i)}>
              <DeleteIcon />
            </IconButton>
          </Stack>
        </Box>
      ))}
      <Button startIcon={<AddIcon />} onClick={() => append({ name: '', role: '', phone: '', email: '' })}>
        {t('partners.addContact')}
      </Button>
    </Box>
  );
}
