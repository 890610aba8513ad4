import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { ErrorMessage, StatusMessage } from '../../../ui/feedback';
import { ActionButton, SelectInput } from '../../../ui/fields';
import { REGULATION_YEARS } from '../../../../../contract/coverage.js';
import { coverageApi, useCoverageChange } from '../api';

const YEARS = Array.from({ length: REGULATION_YEARS }, (_, i) => REGULATION_YEARS - i);

/** The organisation's own interval between external reviews: the regulation's five, or shorter. */
export function IntervalForm({ organisationId, years }: { organisationId: string; years: number }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(String(years));
  const save = useCoverageChange((value: number) => coverageApi.setInterval(organisationId, value));
  return (
    <section aria-labelledby="coverage-interval" className="panel no-print">
      <h2 id="coverage-interval">{t('coverage.intervalHeading')}</h2>
      <p>{t('coverage.intervalIntro')}</p>
      <Form
        className="field-row"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(Number(chosen));
        }}
      >
        <SelectInput
          name="years"
          label={t('coverage.interval')}
          options={YEARS.map((n) => ({ id: String(n), label: t('coverage.intervalYears', { count: n }) }))}
          value={chosen}
          onChange={setChosen}
          isRequired
        />
        <ActionButton type="submit" isPending={save.isPending}>
          {t('coverage.intervalSave')}
        </ActionButton>
      </Form>
      <StatusMessage>{save.isSuccess && t('coverage.intervalSaved', { count: Number(chosen) })}</StatusMessage>
      {save.isError && <ErrorMessage error={save.error} lead={t('common.saveFailed')} />}
    </section>
  );
}
