import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatNumber } from '../../format';
import { useLocale } from '../../i18n';

/** An equity policy in words: "15 %–49 %, never a majority". */
export function EquitySummary({ policy }: { policy: Schemas['EquityPolicyResponseDto'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const percent = (bps: number | undefined) => formatNumber((bps ?? 0) / 10000, locale, { style: 'percent', maximumFractionDigits: 2 });
  if (policy.kind === 'range') {
    return <span>{t('selection.equity.rangeText', { min: percent(policy.minBps), max: percent(policy.maxBps) })}{policy.neverMajority ? `, ${t('selection.equity.neverMajorityText')}` : ''}</span>;
  }
  if (policy.kind === 'fixed_after') return <span>{t('selection.equity.fixedText', { stake: percent(policy.bps), months: policy.afterMonths ?? 0 })}</span>;
  return <span>{t('selection.equity.kind.none')}</span>;
}
