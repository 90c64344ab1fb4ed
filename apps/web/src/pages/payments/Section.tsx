import type { ReactNode } from 'react';
import { Group, Paper, Title } from '@mantine/core';

/** A titled panel of a page (h2), with optional actions beside its title. */
export function Section({ id, title, children, actions, testId }: { id: string; title: string; children: ReactNode; actions?: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={id} data-testid={testId}>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id={id}>{title}</Title>
        {actions}
      </Group>
      {children}
    </Paper>
  );
}
