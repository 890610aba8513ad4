import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { DialogButton } from './DialogButton';
import { buttonClass, type ButtonVariant } from './fields';

interface ConfirmButtonProps {
  /** The button's visible text. */
  children: ReactNode;
  /** Its accessible name when the visible text is not enough on its own (e.g. "Ta bort Anna"). */
  ariaLabel?: string;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  variant?: ButtonVariant;
  small?: boolean;
  isDisabled?: boolean;
  /** A request under way (see ActionButton on why this is not react-aria's isPending). */
  isPending?: boolean;
}

/** A button that asks first, in a modal alert dialog (focus trapped, Escape cancels). */
export function ConfirmButton(props: ConfirmButtonProps) {
  const { t } = useTranslation();
  const { variant = 'primary' } = props;
  return (
    <DialogButton
      className={`${buttonClass(variant, props.small)}${props.isPending ? ' button-pending' : ''}`}
      label={props.children}
      ariaLabel={props.ariaLabel}
      isDisabled={props.isDisabled}
      ariaDisabled={props.isPending}
      title={props.title}
      role="alertdialog"
    >
      {(close) => (
        <>
          <div className="dialog-body">{props.message}</div>
          <div className="button-row">
            <Button className={buttonClass('secondary')} onPress={close} autoFocus>
              {t('common.cancel')}
            </Button>
            <Button
              className={buttonClass(variant === 'danger' ? 'danger' : 'primary')}
              onPress={() => {
                close();
                if (!props.isPending) props.onConfirm();
              }}
            >
              {props.confirmLabel}
            </Button>
          </div>
        </>
      )}
    </DialogButton>
  );
}
