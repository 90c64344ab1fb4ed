import type { ReactNode } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './problem';

type Props = {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  pending: boolean;
  error?: unknown;
  /** Red for a destructive write; the primary colour otherwise. */
  color?: string;
  disabled?: boolean;
  opened?: boolean;
};

/**
 * The step before a write that cannot be undone: stays open with the problem if it fails, and the
 * confirm button shows the write in flight (no double submit). Enter confirms.
 */
export function ConfirmModal({ title, children, confirmLabel, onConfirm, onClose, pending, error, color, disabled, opened = true }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <Stack>
          {children}
          <ProblemAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={pending}>{t('actions.cancel')}</Button>
            <Button type="submit" color={color} loading={pending} disabled={disabled}>{confirmLabel}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
