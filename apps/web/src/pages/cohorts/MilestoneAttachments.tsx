import { useState } from 'react';
import { Button, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { DateTime } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { ProblemAlert } from '../../components/problem';
import { formatNumber } from '../../format';
import { useLocale } from '../../i18n';

type Attachment = Schemas['MilestoneAttachmentDto'];

/** The milestone's files (download for staff and founders); founders upload while it is open. */
export function MilestoneAttachments({ milestoneId, canUpload }: { milestoneId: string; canUpload: boolean }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const path = { slug, milestoneId };
  const attachments = useQuery({
    queryKey: [slug, 'milestones', milestoneId, 'attachments'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/milestones/{milestoneId}/attachments', { params: { path } })),
  });

  const download = useMutation({
    mutationFn: async (attachment: Attachment) => {
      const blob = await unwrap(
        api.GET('/api/v1/organizations/{slug}/milestones/{milestoneId}/attachments/{attachmentId}', { params: { path: { ...path, attachmentId: attachment.id } }, parseAs: 'blob' }),
      );
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = attachment.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  });

  const upload = useMutation({
    mutationFn: (chosen: File) => {
      const formData = new FormData();
      formData.append('file', chosen);
      return unwrap(
        api.POST('/api/v1/organizations/{slug}/milestones/{milestoneId}/attachments', { params: { path }, body: formData as never, bodySerializer: () => formData }),
      );
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [slug, 'milestones', milestoneId] });
      notifications.show({ color: 'teal', message: t('cohorts.milestone.uploaded') });
      setFile(null);
    },
  });

  const items = attachments.data?.items ?? [];
  return (
    <Stack gap="sm">
      {attachments.error && <ProblemAlert error={attachments.error} />}
      {!attachments.isPending && items.length === 0 && <Text size="sm" c="dimmed">{t('cohorts.milestone.noAttachments')}</Text>}
      {items.length > 0 && (
        <List spacing="xs" listStyleType="none" p={0}>
          {items.map((attachment) => (
            <List.Item key={attachment.id}>
              <Group gap="xs" wrap="wrap">
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconDownload size={14} />}
                  onClick={() => download.mutate(attachment)}
                  loading={download.isPending && download.variables?.id === attachment.id}
                  aria-label={t('cohorts.milestone.download', { name: attachment.fileName })}
                  style={{ maxWidth: '100%' }}
                >
                  <Text size="xs" truncate>{attachment.fileName}</Text>
                </Button>
                <Text size="xs" c="dimmed">
                  {formatNumber(attachment.sizeBytes / 1024, locale, { maximumFractionDigits: 0 })} KB · <DateTime value={attachment.createdAt} />
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <ProblemAlert error={download.error} />
      {canUpload && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (file) upload.mutate(file);
          }}
        >
          <Stack gap="xs">
            <FileInput
              label={t('cohorts.milestone.upload')}
              description={t('cohorts.milestone.fileHint')}
              placeholder={t('cohorts.milestone.file')}
              value={file}
              onChange={setFile}
              clearable
              accept=".pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.pptx,.csv,.txt"
            />
            <ProblemAlert error={upload.error} />
            <Button type="submit" leftSection={<IconUpload size={16} />} loading={upload.isPending} disabled={!file} w="fit-content">{t('cohorts.milestone.uploadButton')}</Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
