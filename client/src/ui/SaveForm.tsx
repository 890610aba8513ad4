import { useState, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, fieldErrors, StatusMessage } from './feedback';
import { ActionButton } from './fields';

/** What a form needs to know of its save (TanStack's mutation result has all of it). */
interface Saving<R> {
  isPending: boolean;
  isSuccess: boolean;
  isError: boolean;
  error: unknown;
  data: R | undefined;
}

/**
 * A form that saves one thing, as every console form does: the outcome above it (what was saved,
 * or the server's reason), the server's field problems at their fields, and a submit button that
 * says it is working. `onSubmit` gets the form's values and `startAfresh`, which empties the
 * fields (a new key) after a success, ready for the next one. The login pages use it too, with
 * their failure in their own words, and a form sent once (a reset link) goes after its success.
 */
export function SaveForm<R>({
  saving,
  saved,
  submitLabel,
  pendingLabel,
  onSubmit,
  cancel,
  failed,
  once = false,
  children,
}: {
  saving: Saving<R>;
  /** The line announced after a success; none when the form closes instead. */
  saved?: (result: R) => string;
  submitLabel: string;
  pendingLabel: string;
  onSubmit: (form: FormData, startAfresh: () => void) => void;
  /** A button beside the submit button (a dialog's "Avbryt"). */
  cancel?: ReactNode;
  /** How a failure is shown; by default as a failed save with the server's reason. */
  failed?: (error: unknown) => ReactNode;
  /** The form goes after a success (what it asked for is done; only the saved line stays). */
  once?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [formKey, setFormKey] = useState(0);
  const submit = (
    <ActionButton type="submit" isPending={saving.isPending}>
      {saving.isPending ? pendingLabel : submitLabel}
    </ActionButton>
  );
  return (
    <>
      {saved && <StatusMessage>{saving.isSuccess && saving.data !== undefined && saved(saving.data)}</StatusMessage>}
      {saving.isError && (failed ? failed(saving.error) : <ErrorMessage error={saving.error} lead={t('common.saveFailed')} />)}
      {!(once && saving.isSuccess) && (
        <Form
          key={formKey}
          className="form"
          validationErrors={fieldErrors(saving.error)}
          onSubmit={(event) => {
            event.preventDefault();
            // Enter in a field submits even while the button waits; one request at a time.
            if (saving.isPending) return;
            onSubmit(new FormData(event.currentTarget), () => setFormKey((k) => k + 1));
          }}
        >
          {children}
          {cancel ? (
            <div className="button-row">
              {cancel}
              {submit}
            </div>
          ) : (
            submit
          )}
        </Form>
      )}
    </>
  );
}
