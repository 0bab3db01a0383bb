import { useRef } from 'preact/hooks';
import { LANG_PREFS } from '@/lib/settings';
import type { LangPref } from '@/lib/i18n';
import { useI18n } from '../i18n';

interface Props {
  language: LangPref;
  onLanguage(language: LangPref): void;
  onReset(): void;
  /** Set right after a reset: the reset can then be undone. */
  canUndo: boolean;
  onUndo(): void;
}

/** The language of the extension and the reset, which one click undoes. */
export function GeneralSettings({ language, onLanguage, onReset, canUndo, onUndo }: Props) {
  const { t } = useI18n();
  const resetButton = useRef<HTMLButtonElement>(null);
  return (
    <div class="settings-group">
      <div class="field">
        <label for="language">{t('options.language.label')}</label>
        <select id="language" value={language} onChange={(e) => onLanguage(e.currentTarget.value as LangPref)}>
          {LANG_PREFS.map((pref) => (
            <option key={pref} value={pref} lang={pref === 'auto' ? undefined : pref}>
              {t(`lang.${pref}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="button-row">
        <button type="button" class="button button--secondary" ref={resetButton} onClick={onReset}>
          {t('options.reset')}
        </button>
      </div>
      <p class="reset-state" aria-live="polite">
        {canUndo ? (
          <>
            {t('options.reset.done')}{' '}
            <button
              type="button"
              class="button button--quiet"
              onClick={() => {
                resetButton.current?.focus();
                onUndo();
              }}
            >
              {t('options.reset.undo')}
            </button>
          </>
        ) : null}
      </p>
    </div>
  );
}
