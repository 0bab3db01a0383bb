import { useRef } from 'preact/hooks';
import { POSITIONS, SNOOZE_DAY_MS, SNOOZE_WEEK_MS, isSnoozed, type Settings } from '@/lib/settings';
import type { Lang } from '@/lib/text';
import { useI18n } from '../i18n';
import { SwitchRow } from './switch-row';

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
      <SwitchRow
        id="show-badge"
        label={t('options.show')}
        checked={settings.enabled}
        isSwitch
        onChange={(enabled) => onChange({ enabled })}
      />

      <fieldset role="radiogroup" aria-labelledby="position-legend">
        <legend id="position-legend">{t('options.position.legend')}</legend>
        {POSITIONS.map((position) => (
          <label key={position} class="choice">
            <input
              type="radio"
              name="position"
              value={position}
              checked={settings.position === position}
              onChange={() => onChange({ position })}
            />
            {t(`options.position.${position}`)}
          </label>
        ))}
      </fieldset>

      <fieldset role="radiogroup" aria-labelledby="display-legend">
        <legend id="display-legend">{t('options.display.legend')}</legend>
        {([false, true] as const).map((open) => (
          <label key={String(open)} class="choice">
            <input
              type="radio"
              name="display"
              value={open ? 'open' : 'compact'}
              checked={settings.openByDefault === open}
              onChange={() => onChange({ openByDefault: open })}
            />
            {t(open ? 'options.display.open' : 'options.display.compact')}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('options.snooze.legend')}</legend>
        <div class="button-row">
          <button type="button" class="button button--secondary" ref={dayButton} onClick={() => onChange({ snoozeUntil: now + SNOOZE_DAY_MS })}>
            {t('options.snooze.day')}
          </button>
          <button type="button" class="button button--secondary" onClick={() => onChange({ snoozeUntil: now + SNOOZE_WEEK_MS })}>
            {t('options.snooze.week')}
          </button>
        </div>
        <p class="snooze-state" aria-live="polite">
          {snoozed ? t('options.snooze.until', { date: formatDateTime(settings.snoozeUntil, lang) }) : ''}
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
            {t('options.snooze.cancel')}
          </button>
        ) : null}
      </fieldset>
    </div>
  );
}
