import { useId } from 'react';

/** A labelled multi-line text field with a hint and an error, linked for screen readers. */
export function TextArea({
  label,
  hint,
  value,
  error,
  required,
  readOnly,
  rows = 3,
  onChange,
}: {
  label: string;
  hint?: string;
  value: string;
  error?: string;
  required?: boolean;
  readOnly?: boolean;
  rows?: number;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="edit-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={rows}
        value={value}
        readOnly={readOnly}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p className="field-message" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
