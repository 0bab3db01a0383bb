import type { Platform } from '@/data/platforms/types';
import { shortStatus } from '@/lib/status';
import { BrandMark } from '../brand-mark';
import { useI18n } from '../i18n';
import { StatusExamples } from './status-examples';

interface Props {
  /** One platform per status, in the order of the statuses. */
  examples: readonly Platform[];
  /**
   * The picture of the badge on a demo product page (npm run screenshots writes it to public/welcome/),
   * with the platform it shows, whose line the alternative text gives.
   */
  picture?: { src: string; platform: Platform };
  /** Opens the options page (a link works too; this keeps it in the same tab group). */
  onOpenSettings(): void;
}

/** What the badge shows, what it is not, what happens to data, where the settings are, how to pin. */
export function WelcomePage({ examples, picture, onOpenSettings }: Props) {
  const { t } = useI18n();
  const marks = {
    yes: t('badge.mark.signatory'),
    no: t('badge.mark.declined'),
    unknown: t('badge.mark.not-listed'),
    inferred: t('badge.mark.inferred', { mark: t('badge.mark.signatory') }),
  };
  return (
    <>
      <header>
        <BrandMark>
          <h1>{t('welcome.title')}</h1>
        </BrandMark>
        <p class="lead">{t('welcome.lead')}</p>
      </header>
      <main>
        {/* Made by npm run screenshots; a build without it shows no empty frame. */}
        {picture && (
          <figure class="shot">
            <img
              src={picture.src}
              alt={t('welcome.picture.alt', { line: shortStatus(picture.platform, t) })}
              onError={(e) => {
                const figure = e.currentTarget.closest('figure');
                if (figure) figure.hidden = true;
              }}
            />
            <figcaption class="muted">{t('welcome.picture.caption')}</figcaption>
          </figure>
        )}
        <section aria-labelledby="statuses">
          <h2 id="statuses">{t('welcome.statuses.heading')}</h2>
          <p>{t('welcome.statuses.intro')}</p>
          <StatusExamples examples={examples} />
        </section>
        <section aria-labelledby="marks">
          <h2 id="marks">{t('welcome.marks.heading')}</h2>
          <p>{t('welcome.marks.body', marks)}</p>
        </section>
        <section aria-labelledby="platform">
          <h2 id="platform">{t('welcome.platform.heading')}</h2>
          <p>{t('welcome.platform.body')}</p>
        </section>
        <section aria-labelledby="no-boycott">
          <h2 id="no-boycott">{t('welcome.noBoycott.heading')}</h2>
          <p>{t('welcome.noBoycott.body')}</p>
          <p>{t('scope.noBoycott')}</p>
        </section>
        <section aria-labelledby="privacy">
          <h2 id="privacy">{t('welcome.privacy.heading')}</h2>
          <p>{t('welcome.privacy.body')}</p>
          <p>
            <a href="sidepanel.html#privacy">{t('welcome.privacy.link')}</a>
          </p>
        </section>
        <section aria-labelledby="settings">
          <h2 id="settings">{t('welcome.settings.heading')}</h2>
          <p>{t('welcome.settings.body')}</p>
          <p>
            <a
              href="options.html"
              onClick={(e) => {
                e.preventDefault();
                onOpenSettings();
              }}
            >
              {t('welcome.settings.link')}
            </a>
          </p>
        </section>
        <section aria-labelledby="pin">
          <h2 id="pin">{t('welcome.pin.heading')}</h2>
          <ul>
            <li>{t('welcome.pin.chrome')}</li>
            <li>{t('welcome.pin.edge')}</li>
            <li>{t('welcome.pin.firefox')}</li>
          </ul>
        </section>
      </main>
      <footer>
        <p class="muted">{t('welcome.independent')}</p>
      </footer>
    </>
  );
}
