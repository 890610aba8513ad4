import { useTranslation } from 'react-i18next';
import { SMALL_N } from '../../../../../contract/differences.js';

/** The "small n" mark beside a figure of fewer than SMALL_N answers: read it with care. */
export function SmallN() {
  const { t } = useTranslation();
  return (
    <>
      {' '}
      <span className="small-n" title={t('report.view.smallNTitle', { n: SMALL_N })}>
        {t('report.groups.smallN')}
      </span>
    </>
  );
}
