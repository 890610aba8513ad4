import { POINT_STATUSES, type PointStatus } from '../../../contract/domain.js';

/**
 * The judgement of a checklist point or a provider duty: met, partly met, not met, not assessed,
 * as one group of radio buttons named by its legend.
 */
export function PointStatusRadios({
  name,
  legend,
  value,
  label,
  onChange,
}: {
  name: string;
  legend: string;
  value: PointStatus | null;
  label: (status: PointStatus) => string;
  onChange: (status: PointStatus) => void;
}) {
  return (
    <fieldset className="radio-group">
      <legend>{legend}</legend>
      {POINT_STATUSES.map((status) => (
        <label key={status} className={`radio radio-${status}`}>
          <input type="radio" name={name} value={status} checked={value === status} onChange={() => onChange(status)} />
          <span>{label(status)}</span>
        </label>
      ))}
    </fieldset>
  );
}
