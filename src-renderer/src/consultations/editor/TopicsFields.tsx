import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { LIFE_DOMAINS } from '@contract/channels/casefile-fields';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorPartProps } from './editor-props';

const MAX_TOPICS = 30;

/** Life domains discussed (checkboxes) and free topics (chips; blank ones are never added). */
export function TopicsFields({ content, change }: EditorPartProps) {
  const { t } = useTranslation('consultations');
  const [topic, setTopic] = useState('');
  const toggle = (d: (typeof LIFE_DOMAINS)[number]) =>
    change({ lifeDomains: content.lifeDomains.includes(d) ? content.lifeDomains.filter((x) => x !== d) : [...content.lifeDomains, d] });
  const add = () => {
    const next = topic.trim();
    if (next && !content.topics.includes(next) && content.topics.length < MAX_TOPICS) change({ topics: [...content.topics, next] });
    setTopic('');
  };
  return (
    <Stack spacing={2}>
      <FormControl component="fieldset">
        <FormLabel component="legend">{t('fields.domains')}</FormLabel>
        <FormGroup row>
          {LIFE_DOMAINS.map((d) => (
            <FormControlLabel key={d} label={t(`domains.${d}`)} control={<Checkbox checked={content.lifeDomains.includes(d)} onChange={() => toggle(d)} />} />
          ))}
        </FormGroup>
      </FormControl>
      <FormControl component="fieldset">
        <FormLabel component="legend">{t('fields.topics')}</FormLabel>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', my: 1 }}>
          {content.topics.map((x) => (
            <Chip key={x} label={x} onDelete={() => change({ topics: content.topics.filter((y) => y !== x) })} title={t('fields.removeTopic', { topic: x })} />
          ))}
        </Stack>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField
            size="small"
            label={t('fields.newTopic')}
            value={topic}
            onChange={(e) => setTopic(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
            slotProps={{ htmlInput: { maxLength: 200 } }}
          />
          <Button onClick={add} disabled={!topic.trim()}>
            {t('fields.addTopic')}
          </Button>
        </Stack>
      </FormControl>
    </Stack>
  );
}
