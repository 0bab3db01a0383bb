import { useRef } from 'preact/hooks';
import { Card, type CardProps } from './card';
import { Pill } from './pill';

/** The card's facts and actions (the badge closes the card itself), and the open state. */
export interface BadgeViewProps extends Omit<CardProps, 'onClose'> {
  isOpen: boolean;
  /** Text of the polite live region: filled once per page by the caller, empty otherwise. */
  announcement: string;
  onOpenChange(isOpen: boolean): void;
}

/** The whole on-page badge: the pill, and the card as its disclosure. Props in, callbacks out. */
export function BadgeView(props: BadgeViewProps) {
  const pill = useRef<HTMLButtonElement>(null);
  const close = () => {
    props.onOpenChange(false);
    pill.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !props.isOpen) return;
    event.preventDefault();
    close();
  };
  return (
    <div class="badge" data-open={props.isOpen ? 'true' : 'false'} onKeyDown={onKeyDown}>
      <Pill
        platformName={props.platformName}
        status={props.status}
        statusLine={props.statusLine}
        isOpen={props.isOpen}
        buttonRef={pill}
        onToggle={() => props.onOpenChange(!props.isOpen)}
      />
      {props.isOpen && (
        <Card
          platformName={props.platformName}
          status={props.status}
          statusLine={props.statusLine}
          history={props.history}
          reasons={props.reasons}
          seller={props.seller}
          report={props.report}
          onClose={close}
          onDetails={props.onDetails}
          onHide={props.onHide}
        />
      )}
      <div class="sr-only" role="status" aria-live="polite">
        {props.announcement}
      </div>
    </div>
  );
}
