import { useRef } from 'preact/hooks';
import { POSITIONS, SNOOZE_DAY_MS, SNOOZE_WEEK_MS, isSnoozed, type Settings } from '@/lib/settings';
import type { Lang } from '@/lib/text';
import { useI18n } from '../i18n';

interface Props {
  settings: Settings;
  /** Epoch ms: decides whether the snooze is still running and where a new one ends. */
  now: number;
  onChange(patch: Partial<Settings>): void;
}

const formatDateTime = (ms: number, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(ms);

/** Show/hide, position, compact or open, and snooze: how the badge behaves on product pages. */
export function BadgeSettings({ settings, now, onChange }: Props) {
  const { t, lang } = useI18n();
  const snoozed = isSnoozed(settings, now);
  const dayButton = useRef<HTMLButtonElement>(null);
  return (
    <div class="settings-group">
      <div class="switch-row">
        <input
          id="show-badge"
          type="checkbox"
          role="switch"
          checked={settings.enabled}
          onChange={(e) => onChange({ enabled: e.currentTarget.checked })}
        />
        <label for="show-badge">{t('popup.settings.show')}</label>
      </div>

      <fieldset role="radiogroup" aria-labelledby="position-legend">
        <legend id="position-legend">{t('popup.position.legend')}</legend>
        {POSITIONS.map((position) => (
          <label key={position} class="choice">
            <input
              type="radio"
              name="position"
              value={position}
              checked={settings.position === position}
              onChange={() => onChange({ position })}
            />
            {t(`popup.position.${position}`)}
          </label>
        ))}
      </fieldset>

      <fieldset role="radiogroup" aria-labelledby="display-legend">
        <legend id="display-legend">{t('popup.display.legend')}</legend>
        {([false, true] as const).map((open) => (
          <label key={String(open)} class="choice">
            <input
              type="radio"
              name="display"
              value={open ? 'open' : 'compact'}
              checked={settings.openByDefault === open}
              onChange={() => onChange({ openByDefault: open })}
            />
            {t(open ? 'popup.display.open' : 'popup.display.compact')}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('popup.snooze.legend')}</legend>
        <div class="button-row">
          <button type="button" class="button" ref={dayButton} onClick={() => onChange({ snoozeUntil: now + SNOOZE_DAY_MS })}>
            {t('popup.snooze.day')}
          </button>
          <button type="button" class="button" onClick={() => onChange({ snoozeUntil: now + SNOOZE_WEEK_MS })}>
            {t('popup.snooze.week')}
          </button>
        </div>
        <p class="snooze-state" aria-live="polite">
          {snoozed ? t('popup.snooze.until', { date: formatDateTime(settings.snoozeUntil, lang) }) : ''}
        </p>
        {snoozed ? (
          <button
            type="button"
            class="button button--quiet"
            onClick={() => {
              // The button goes away with the snooze: keep keyboard focus inside the group.
              dayButton.current?.focus();
              onChange({ snoozeUntil: 0 });
            }}
          >
            {t('popup.snooze.cancel')}
          </button>
        ) : null}
      </fieldset>
    </div>
  );
}
