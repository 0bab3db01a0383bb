import { useI18n } from '../i18n';

/** The in-panel privacy details, after the section's first line; the popup links here (sidepanel.html#privacy). */
export function Privacy() {
  const { t } = useI18n();
  return (
    <>
      <p>{t('sidepanel.privacy.tabs')}</p>
      <p>{t('sidepanel.privacy.settings')}</p>
      <p>{t('sidepanel.privacy.more')}</p>
    </>
  );
}
