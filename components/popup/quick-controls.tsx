import { SwitchRow } from '../options/switch-row';
import { useI18n } from '../i18n';

interface Props {
  enabled: boolean;
  /** The active tab's site key when it is a tracked marketplace, else null (no per-site switch). */
  currentSite: string | null;
  isHiddenHere: boolean;
  onEnabled(enabled: boolean): void;
  onHiddenHere(hidden: boolean): void;
}

/**
 * The two settings worth a click from the popup, both switches that read "on = shown"; every
 * other one is on the options page. A site hidden from the card says so here, and one click on
 * its switch shows the badge there again.
 */
export function QuickControls({ enabled, currentSite, isHiddenHere, onEnabled, onHiddenHere }: Props) {
  const { t } = useI18n();
  return (
    <div class="quick">
      <SwitchRow id="show-badge" label={t('popup.showBadge')} checked={enabled} isSwitch onChange={onEnabled} />
      {currentSite && (
        <>
          <SwitchRow
            id="show-here"
            label={t('popup.showHere', { site: currentSite })}
            checked={!isHiddenHere}
            isSwitch
            onChange={(shown) => onHiddenHere(!shown)}
          />
          <p class="quick__state small muted" role="status">
            {isHiddenHere ? t('popup.hiddenHere', { site: currentSite }) : ''}
          </p>
        </>
      )}
    </div>
  );
}
