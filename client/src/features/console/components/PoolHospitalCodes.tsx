import { useTranslation } from 'react-i18next';
import { useHospitals } from '../api/hooks';
import { sortHospitals } from './hospital-lists';
import type { PoolCodeChoices, PoolImportOutcome } from '../api/requests';
import { ActionButton, SelectInput } from '../../../ui/fields';
import { DataTable } from '../../../ui/tables';

type Code = PoolImportOutcome['hospitals'][number];
const KEEP = 'keep';

/**
 * The hospital codes of a checked pool file against the register: how the file wrote each, and
 * for each code the register does not have, the admin's choice: count its rows as a registered
 * hospital (a typo or an old code) or keep it as another hospital. The import waits for a choice
 * for every such code.
 */
export function PoolHospitalCodes({ codes, choices, onChange }: { codes: Code[]; choices: PoolCodeChoices; onChange: (choices: PoolCodeChoices) => void }) {
  const { t } = useTranslation();
  const hospitals = useHospitals();
  const unknown = codes.filter((c) => !c.registered);
  const open = unknown.filter((c) => !choices[c.code]);
  const options = [
    { id: KEEP, label: t('console.poolImport.codes.keep') },
    // Every registered hospital, those kept only for the pool too: a file's code may be one of theirs.
    ...sortHospitals(hospitals.data?.hospitals ?? []).map((h) => ({
      id: `map:${h.code}`,
      label: t('console.poolImport.codes.mapTo', { name: h.name, code: h.code }),
    })),
  ];
  const valueOf = (code: string) => {
    const choice = choices[code];
    return choice === undefined ? null : choice === 'keep' ? KEEP : `map:${choice.mapTo}`;
  };
  const choose = (code: string, value: string | null) => {
    const next = { ...choices };
    if (value === KEEP) next[code] = 'keep';
    else if (value?.startsWith('map:')) next[code] = { mapTo: value.slice(4) };
    else delete next[code];
    onChange(next);
  };
  const caption = t('console.poolImport.codes.caption', { count: codes.length });
  const written = (c: Code) => c.written.filter((w) => w !== c.code);

  return (
    <section aria-labelledby="pool-codes-heading">
      <h3 id="pool-codes-heading">{t('console.poolImport.codes.heading')}</h3>
      <p>{t('console.poolImport.codes.intro')}</p>
      {unknown.length > 0 && (
        <p className={open.length > 0 ? 'status-box status-error message-box' : 'muted'} role="status">
          {open.length > 0 ? t('console.poolImport.codes.open', { count: open.length }) : t('console.poolImport.codes.allChosen')}
        </p>
      )}
      {open.length > 1 && (
        <ActionButton variant="secondary" small onPress={() => onChange({ ...choices, ...Object.fromEntries(open.map((c) => [c.code, 'keep' as const])) })}>
          {t('console.poolImport.codes.keepRest', { count: open.length })}
        </ActionButton>
      )}
      <DataTable
        caption={caption}
        captionHidden
        id="pool-import-codes"
        columns={[
          t('console.poolImport.codes.colCode'),
          t('console.poolImport.codes.colWritten'),
          { label: t('console.poolImport.codes.colRows'), className: 'numeric' },
          t('console.poolImport.codes.colRegister'),
        ]}
      >
        {codes.map((c) => (
          <tr key={c.code}>
            <th scope="row">
              <code>{c.code}</code>
            </th>
            <td>{written(c).length > 0 ? written(c).map((w) => <code key={w} className="written-code">{`“${w}”`}</code>) : t('common.none')}</td>
            <td className="numeric">{c.rows}</td>
            <td>
              {c.registered ? (
                t('console.poolImport.codes.registered', { name: c.registered.name })
              ) : (
                <SelectInput
                  label={t('console.poolImport.codes.choiceLabel', { code: c.code })}
                  options={options}
                  value={valueOf(c.code)}
                  onChange={(value) => choose(c.code, value)}
                  placeholder={t('console.poolImport.codes.choose')}
                />
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

/** Whether every code the register does not have has a choice. */
export const everyCodeChosen = (codes: Code[], choices: PoolCodeChoices) => codes.every((c) => c.registered || choices[c.code]);
