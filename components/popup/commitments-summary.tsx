import type { Axis } from '@/data/charter/commitments';
import { pick } from '@/lib/text';
import { useI18n } from '../i18n';

interface Props {
  /** The charter's axes, in order (data/charter/commitments.ts). */
  axes: readonly Pick<Axis, 'id' | 'title'>[];
  /** Opens the side panel; called straight from the click (Chrome needs the gesture). */
  onOpenDetails(): void;
}

/** The three axes in one plain sentence each, and the line that this is no boycott call. */
export function CommitmentsSummary({ axes, onOpenDetails }: Props) {
  const { t, lang } = useI18n();
  return (
    <section class="card" aria-labelledby="charter-heading">
      <h2 id="charter-heading">{t('popup.charter.heading')}</h2>
      <p>{t('popup.charter.intro')}</p>
      <ol class="axes">
        {axes.map((axis) => (
          <li key={axis.id} data-axis={axis.id}>
            <strong>{pick(axis.title, lang)}</strong>
            {t('popup.colon')}
            {t(`popup.axis.${axis.id}`)}
          </li>
        ))}
      </ol>
      <p class="no-boycott">{t('scope.noBoycott')}</p>
      <button type="button" class="button" onClick={onOpenDetails}>
        {t('popup.details')}
      </button>
    </section>
  );
}
