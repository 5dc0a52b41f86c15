import { ART9_CATEGORIES, type DataCategory } from '@contract/channels/consents';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';

/** Data categories as chips; Art. 9 categories are flagged in colour and in words (not by colour alone). */
export function CategoryChips({ categories }: { categories: DataCategory[] }) {
  const { t } = useTranslation('network');
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {categories.map((c) => {
        const art9 = ART9_CATEGORIES.has(c);
        return (
          <Chip
            key={c}
            size="small"
            variant="outlined"
            color={art9 ? 'secondary' : 'default'}
            label={art9 ? `${t(`categories.${c}`)} (${t('art9Short')})` : t(`categories.${c}`)}
            title={art9 ? t('art9') : undefined}
          />
        );
      })}
    </Stack>
  );
}
