import { useI18n } from '../i18n';

/** The charter in one sentence, the line that this is no boycott call, and the way to the details. */
export function CharterSummary({ onOpenDetails }: { onOpenDetails(): void }) {
  const { t } = useI18n();
  return (
    <section class="card" aria-labelledby="charter-heading">
      <div class="card-head">
        <h2 id="charter-heading">{t('popup.charter.heading')}</h2>
        {/* Called straight from the click: Chrome opens the side panel only during the gesture. */}
        <button type="button" class="button" onClick={onOpenDetails}>
          {t('popup.details')}
        </button>
      </div>
      <p>{t('popup.charter.sentence')}</p>
      <p class="no-boycott">{t('scope.noBoycott')}</p>
    </section>
  );
}
