import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';

interface DialogButtonProps {
  /** The button's class (buttonClass(...)) and visible text. */
  className: string;
  label: ReactNode;
  /** Its accessible name when the visible text is not enough on its own (e.g. "Ändra Anna"). */
  ariaLabel?: string;
  isDisabled?: boolean;
  ariaDisabled?: boolean;
  title: ReactNode;
  /** An alert dialog asks before something is done; a plain one shows or edits something. */
  role?: 'dialog' | 'alertdialog';
  wide?: boolean;
  /** The dialog's content below its title; `close` shuts it. */
  children: (close: () => void) => ReactNode;
}

/** A button that opens a modal dialog (focus trapped, Escape or a click outside closes it). */
export function DialogButton({ className, label, ariaLabel, isDisabled, ariaDisabled, title, role = 'dialog', wide = false, children }: DialogButtonProps) {
  return (
    <DialogTrigger>
      <Button className={className} aria-label={ariaLabel} isDisabled={isDisabled} aria-disabled={ariaDisabled || undefined}>
        {label}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className={wide ? 'modal modal-wide' : 'modal'}>
          <Dialog role={role} className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog-title">
                  {title}
                </Heading>
                {children(close)}
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
