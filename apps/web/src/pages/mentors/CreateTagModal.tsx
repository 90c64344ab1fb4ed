import { useState } from 'react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf } from '../../components/problem';
import { MentorProblem } from './MentorProblem';
import { notifyDone } from './notify';
import { keys, useMentorTags } from './queries';

/** Adds a word to the organization's expertise vocabulary. */
export function CreateTagModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const queryClient = useQueryClient();
  const tags = useMentorTags();
  const [key, setKey] = useState('');
  const [label, setLabel] = useState('');
  const save = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/organizations/{slug}/mentor-tags', { params: { path: { slug } }, body: { key, label } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.tags(slug) });
      notifyDone(t('mentors.tags.added'));
      onClose();
    },
  });
  const fieldError = fieldErrorsOf(save.error);
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('actions.close') }} title={t('mentors.tags.title')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <TextInput label={t('mentors.tags.label')} required value={label} onChange={(event) => setLabel(event.currentTarget.value)} error={fieldError('label')} />
          <TextInput label={t('mentors.tags.key')} description={t('mentors.tags.keyHint')} required value={key} onChange={(event) => setKey(event.currentTarget.value)} error={fieldError('key')} />
          <TextInput label={t('mentors.tags.existing')} readOnly value={(tags.data?.items ?? []).map((tag) => tag.label).join(', ')} />
          <MentorProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('actions.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
