import { createContext, useContext, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInterval } from '../../../i18n/format';

/** Whether the reader asked to see each share's 95 % interval; off by default, as the printed report has it. */
const ShowIntervals = createContext(false);

export const IntervalsProvider = ShowIntervals.Provider;

/** "CI 64–79 %" after a share, when the reader has asked for intervals. */
export function ShareInterval({ interval }: { interval: { low: number; high: number } | null | undefined }) {
  const { t } = useTranslation();
  const show = useContext(ShowIntervals);
  if (!show || !interval) return null;
  return <span className="interval"> {t('report.view.intervalCell', { interval: formatInterval(interval) })}</span>;
}

/** The reader's switch for intervals, with what they are once shown (printed with them). */
export function IntervalToggle({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="interval-toggle">
      <p className="no-print">
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />{' '}
        <label htmlFor={id}>{t('report.view.showIntervals')}</label>
      </p>
      {checked && <p className="note">{t('report.view.intervalsNote')}</p>}
    </div>
  );
}
