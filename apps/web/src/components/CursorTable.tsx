import { useState, type ReactNode } from 'react';
import { Button, Group, Loader, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './problem';

export type Column<T> = {
  key: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  /** Sorts the page on screen (the API pages by its own order). */
  sortValue?: (row: T) => string | number | null | undefined;
  width?: number | string;
};

export type Page<T> = { items: T[]; nextCursor: string | null };

type Props<T> = {
  /** Changes reset to the first page (filters, search). */
  queryKey: readonly unknown[];
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>;
  columns: Column<T>[];
  rowKey: (row: T) => string;
  caption: string;
  /** Checkbox selection, e.g. for bulk decisions. */
  selection?: { selected: Set<string>; onChange: (next: Set<string>) => void };
  empty?: ReactNode;
};

/**
 * Every list in the app: the API's cursor pages with Previous/Next (the cursors seen are kept, so
 * Previous is exact), sortable columns within the page, and an accessible table caption.
 */
export function CursorTable<T>({ queryKey, fetchPage, columns, rowKey, caption, selection, empty }: Props<T>) {
  const { t } = useTranslation();
  const [position, setPosition] = useState<{ key: string; cursors: (string | undefined)[] }>({ key: JSON.stringify(queryKey), cursors: [undefined] });
  const keyText = JSON.stringify(queryKey);
  const cursors = position.key === keyText ? position.cursors : [undefined];
  const cursor = cursors[cursors.length - 1];
  const [sort, setSort] = useState<{ key: string; direction: 'ascending' | 'descending' } | null>(null);

  const query = useQuery({ queryKey: [...queryKey, 'page', cursor ?? null], queryFn: () => fetchPage(cursor), placeholderData: keepPreviousData });
  const rows = [...(query.data?.items ?? [])];
  const sortColumn = columns.find((column) => column.key === sort?.key);
  if (sort && sortColumn?.sortValue) {
    const value = sortColumn.sortValue;
    rows.sort((a, b) => {
      const x = value(a) ?? '';
      const y = value(b) ?? '';
      const order = x < y ? -1 : x > y ? 1 : 0;
      return sort.direction === 'ascending' ? order : -order;
    });
  }

  const toggleSort = (key: string) =>
    setSort((current) => (current?.key !== key ? { key, direction: 'ascending' } : current.direction === 'ascending' ? { key, direction: 'descending' } : null));

  const allSelected = selection && rows.length > 0 && rows.every((row) => selection.selected.has(rowKey(row)));

  return (
    <div>
      {query.error && <ProblemAlert error={query.error} />}
      <Table.ScrollContainer minWidth={600}>
        <Table striped highlightOnHover verticalSpacing="xs">
          <caption><VisuallyHidden>{caption}</VisuallyHidden></caption>
          <Table.Thead>
            <Table.Tr>
              {selection && (
                <Table.Th w={40}>
                  <input
                    type="checkbox"
                    aria-label="Select all on this page"
                    checked={!!allSelected}
                    onChange={(event) => {
                      const next = new Set(selection.selected);
                      rows.forEach((row) => (event.currentTarget.checked ? next.add(rowKey(row)) : next.delete(rowKey(row))));
                      selection.onChange(next);
                    }}
                  />
                </Table.Th>
              )}
              {columns.map((column) => (
                <Table.Th key={column.key} w={column.width} aria-sort={sort?.key === column.key ? sort.direction : undefined}>
                  {column.sortValue ? (
                    <UnstyledButton onClick={() => toggleSort(column.key)} aria-label={t('table.sortBy', { column: typeof column.header === 'string' ? column.header : column.key })}>
                      <Group gap={4} wrap="nowrap">
                        <Text fw={600} size="sm">{column.header}</Text>
                        {sort?.key !== column.key ? <IconSelector size={14} /> : sort.direction === 'ascending' ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
                      </Group>
                    </UnstyledButton>
                  ) : (
                    column.header
                  )}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {selection && (
                  <Table.Td>
                    <input
                      type="checkbox"
                      aria-label={`Select ${rowKey(row)}`}
                      checked={selection.selected.has(rowKey(row))}
                      onChange={(event) => {
                        const next = new Set(selection.selected);
                        if (event.currentTarget.checked) next.add(rowKey(row));
                        else next.delete(rowKey(row));
                        selection.onChange(next);
                      }}
                    />
                  </Table.Td>
                )}
                {columns.map((column) => (
                  <Table.Td key={column.key}>{column.render(row)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {query.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {!query.isPending && rows.length === 0 && <Text c="dimmed" py="md">{empty ?? t('table.empty')}</Text>}
      <Group justify="space-between" mt="sm">
        <Text size="sm" c="dimmed">{t('table.page', { page: cursors.length })}</Text>
        <Group gap="xs">
          <Button variant="default" size="xs" disabled={cursors.length === 1} onClick={() => setPosition({ key: keyText, cursors: cursors.slice(0, -1) })}>
            {t('actions.previous')}
          </Button>
          <Button variant="default" size="xs" disabled={!query.data?.nextCursor || query.isPlaceholderData} onClick={() => setPosition({ key: keyText, cursors: [...cursors, query.data!.nextCursor!] })}>
            {t('actions.next')}
          </Button>
        </Group>
      </Group>
    </div>
  );
}
