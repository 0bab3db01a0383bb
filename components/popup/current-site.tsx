import type { ActiveSite } from '@/lib/tab-site';
import { REVIEWED_ON } from '@/data/charter/reviewed';
import { formatDate } from '@/lib/i18n';
import type { Platform } from '@/data/platforms';
import { decisiveEdition, displayStatus, editionDateText, isInferred, longStatus, shortStatus } from '@/lib/status';
import { pick } from '@/lib/text';
import { useI18n } from '../i18n';
import { StatusIcon } from '../status-icon';
import { StatusText } from '../status-text';

interface Props {
  /** undefined while the active tab is read; null when it is not a tracked marketplace. */
  site: ActiveSite | null | undefined;
  /** Every platform; those without a hostname are not tracked and stay out of the list. */
  platforms: readonly Platform[];
}

/** The active tab's platform and its dated status, or the list of tracked platforms. */
export function CurrentSite({ site, platforms }: Props) {
  const { t } = useI18n();
  return (
    <section class="card" aria-labelledby="site-heading">
      <h2 id="site-heading">{t('popup.site.heading')}</h2>
      {site === undefined ? (
        <p class="muted">{t('popup.site.loading')}</p>
      ) : site ? (
        <SiteStatus site={site} />
      ) : (
        <TrackedPlatforms platforms={platforms} />
      )}
    </section>
  );
}

function SiteStatus({ site: { platform, site } }: { site: ActiveSite }) {
  const { t, lang } = useI18n();
  const status = displayStatus(platform);
  const edition = decisiveEdition(platform);
  const inferred = isInferred(platform);
  return (
    <div class="site" data-platform={platform.id} data-status={status}>
      <p class="site-name">
        <strong>{platform.name}</strong> <span class="muted">{site}</span>
      </p>
      <p class="site-status">
        <StatusText status={status} />
      </p>
      <p class="muted">
        {/* Inferred: the group's date, named (Alibaba's refusal, not AliExpress's). */}
        {edition.via ? editionDateText(edition, t, lang) : t(`popup.date.${status}`, { date: formatDate(edition.date, lang) })}
        {inferred ? ` (${t('confidence.I')})` : ''}
      </p>
      <p class="small">{longStatus(platform, t, formatDate(REVIEWED_ON, lang))}</p>
      {/* With `via`, the long text already gives the inference and its group. */}
      {inferred && edition.note && !edition.via ? <p class="small">{pick(edition.note, lang)}</p> : null}
      <p class="small muted">{t('scope.platformNotSeller')}</p>
    </div>
  );
}

function TrackedPlatforms({ platforms }: { platforms: readonly Platform[] }) {
  const { t, lang } = useI18n();
  const tracked = platforms.filter((p) => p.hostnames.length > 0).sort((a, b) => a.name.localeCompare(b.name, lang));
  return (
    <>
      <p class="unsupported">{t('popup.site.unsupported')}</p>
      <h3 id="tracked-heading">{t('popup.site.tracked')}</h3>
      <ul class="platform-list" aria-labelledby="tracked-heading">
        {tracked.map((p) => {
          const status = displayStatus(p);
          return (
            <li key={p.id} data-platform={p.id} data-status={status}>
              <span class="platform-name">{p.name}</span>
              <span class="platform-status">
                <StatusIcon status={status} />
                <span>{shortStatus(p, t)}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
