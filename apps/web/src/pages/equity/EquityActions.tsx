import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { EntryModal } from './EntryModal';
import { HolderModal } from './HolderModal';
import { InvestmentModal } from './InvestmentModal';
import { ProceedsModal } from './ProceedsModal';
import { ShareClassModal } from './ShareClassModal';

type Open = 'class' | 'holder' | 'entry' | 'investment' | 'proceeds' | null;

/** Staff's writes on the cap table. Each modal mounts afresh when opened: a new Idempotency-Key per opening. */
export function EquityActions({ startupId, founders }: { startupId: string; founders: Schemas['StartupFounderDto'][] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  return (
    <>
      <Group gap="xs" role="group" aria-label={t('equity.capTable.staffActions')}>
        <Button onClick={() => setOpen('entry')}>{t('equity.entry.book')}</Button>
        <Button variant="light" onClick={() => setOpen('investment')}>{t('equity.investment.record')}</Button>
        <Button variant="light" onClick={() => setOpen('proceeds')}>{t('equity.proceeds.record')}</Button>
        <Button variant="default" onClick={() => setOpen('class')}>{t('equity.shareClass.add')}</Button>
        <Button variant="default" onClick={() => setOpen('holder')}>{t('equity.holder.add')}</Button>
      </Group>
      {open === 'entry' && <EntryModal startupId={startupId} onClose={close} />}
      {open === 'investment' && <InvestmentModal startupId={startupId} onClose={close} />}
      {open === 'proceeds' && <ProceedsModal startupId={startupId} onClose={close} />}
      {open === 'class' && <ShareClassModal startupId={startupId} onClose={close} />}
      {open === 'holder' && <HolderModal startupId={startupId} founders={founders} onClose={close} />}
    </>
  );
}
