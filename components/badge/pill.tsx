import type { Ref } from 'preact';
import type { DisplayStatus } from '@/lib/status';
import { useI18n } from '../i18n';
import { StatusText } from '../status-text';

export const CARD_ID = 'charte-pme-card';

interface Props {
  platformName: string;
  status: DisplayStatus;
  statusLine?: string;
  isOpen: boolean;
  buttonRef: Ref<HTMLButtonElement>;
  onToggle(): void;
}

/** The compact pill: icon + one short line; a disclosure button for the card. */
export function Pill({ platformName, status, statusLine, isOpen, buttonRef, onToggle }: Props) {
  const { t } = useI18n();
  return (
    <button
      ref={buttonRef}
      type="button"
      class="pill"
      aria-expanded={isOpen}
      aria-controls={CARD_ID}
      onClick={onToggle}
    >
      {/* The visible line does not name the platform; the accessible name does. */}
      <span class="sr-only">{t('badge.pill.prefix', { platform: platformName })} </span>
      <StatusText status={status} line={statusLine} />
    </button>
  );
}
