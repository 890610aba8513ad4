import type { ReactNode } from 'react';
import { Button, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';

/** A section shown by its heading alone until opened (a form the page seldom needs, e.g. "Lägg till sjukhus"). */
export function Expandable({
  heading,
  level,
  className = 'disclosure',
  defaultExpanded,
  children,
}: {
  heading: string;
  level: 2 | 3;
  className?: string;
  defaultExpanded?: boolean;
  children: ReactNode;
}) {
  return (
    <Disclosure className={className} defaultExpanded={defaultExpanded}>
      <Heading level={level} className="disclosure-heading">
        <Button slot="trigger" className="disclosure-trigger">
          <span aria-hidden="true" className="disclosure-chevron">
            ▸
          </span>
          {heading}
        </Button>
      </Heading>
      <DisclosurePanel className="disclosure-panel">{children}</DisclosurePanel>
    </Disclosure>
  );
}
