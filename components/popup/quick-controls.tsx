import { SwitchRow } from '../options/switch-row';
import { useI18n } from '../i18n';

interface Props {
  enabled: boolean;
  /** The active tab's site key when it is a tracked marketplace, else null (no "hide here"). */
  currentSite: string | null;
  isHiddenHere: boolean;
  onEnabled(enabled: boolean): void;
  onHiddenHere(hidden: boolean): void;
}

/** The two settings worth a click from the popup; every other one is on the options page. */
export function QuickControls({ enabled, currentSite, isHiddenHere, onEnabled, onHiddenHere }: Props) {
  const { t } = useI18n();
  return (
    <div class="quick">
      <SwitchRow id="show-badge" label={t('popup.showBadge')} checked={enabled} isSwitch onChange={onEnabled} />
      {currentSite && (
        <SwitchRow
          id="hide-here"
          label={t('popup.hideHere', { site: currentSite })}
          checked={isHiddenHere}
          onChange={onHiddenHere}
        />
      )}
    </div>
  );
}
