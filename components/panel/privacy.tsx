import { useI18n } from '../i18n';

/** The in-panel privacy summary; the popup links here (sidepanel.html#privacy). */
export function Privacy() {
  const { t } = useI18n();
  return (
    <>
      <p>{t('panel.privacy.local')}</p>
      <p>{t('panel.privacy.tabs')}</p>
      <p>{t('panel.privacy.settings')}</p>
      <p>{t('panel.privacy.more')}</p>
    </>
  );
}
