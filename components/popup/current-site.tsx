import type { ActiveSite } from '@/lib/tab-site';
import { formatDate } from '@/lib/i18n';
import type { Platform } from '@/data/platforms';
import { REVIEWED_ON } from '@/data/charter/reviewed';
import { DISPLAY_STATUSES, decisiveEdition, displayStatus, editionDateText, isInferred, longStatus, shortStatus } from '@/lib/status';
import { useI18n } from '../i18n';
import { StatusIcon } from '../status-icon';
import { StatusLine } from './status-line';

interface Props {
  /** undefined while the active tab is read; null when it is not a tracked marketplace. */
  site: ActiveSite | null | undefined;
  /** Every platform; those without a hostname are not tracked and stay out of the list. */
  platforms: readonly Platform[];
  /** Opens a platform's entry in the side panel; called straight from the click. */
  onOpenEntry(platformId: string): void;
}

/** The active tab's platform and its dated status, or the compact list of tracked platforms. */
export function CurrentSite({ site, platforms, onOpenEntry }: Props) {
  const { t } = useI18n();
  return (
    <section class="card" aria-labelledby="site-heading">
      <h2 id="site-heading">{t('popup.site.heading')}</h2>
      {site === undefined ? (
        <p class="muted">{t('popup.site.loading')}</p>
      ) : site ? (
        <SiteStatus site={site} />
      ) : (
        <TrackedPlatforms platforms={platforms} onOpenEntry={onOpenEntry} />
      )}
    </section>
  );
}

function SiteStatus({ site: { platform, site } }: { site: ActiveSite }) {
  const { t, lang } = useI18n();
  const status = displayStatus(platform);
  const edition = decisiveEdition(platform);
  return (
    <div class="site" data-platform={platform.id} data-status={status}>
      <p class="site-name">
        <strong>{platform.name}</strong> <span class="muted">{site}</span>
      </p>
      <p class="site-status">
        <StatusLine platform={platform} hostname={site} />
      </p>
      <p class="muted small">
        {/* Inferred: the group's date, named (Alibaba's refusal, not AliExpress's). */}
        {edition.via ? editionDateText(edition, t, lang) : t(`popup.date.${status}`, { date: formatDate(edition.date, lang) })}
        {' · '}
        {t('scope.platformNotSeller')}
      </p>
      {/* An inferred status gets its own sentence: whose decision it was, and that it is a deduction. */}
      {edition.via ? <p class="small">{longStatus(platform, t, formatDate(REVIEWED_ON, lang))}</p> : null}
    </div>
  );
}

/** Every tracked marketplace as a small button (name and status icon) that opens its entry. */
function TrackedPlatforms({ platforms, onOpenEntry }: Pick<Props, 'platforms' | 'onOpenEntry'>) {
  const { t, lang } = useI18n();
  const tracked = platforms.filter((p) => p.hostnames.length > 0).sort((a, b) => a.name.localeCompare(b.name, lang));
  return (
    <>
      <p class="unsupported">{t('popup.site.unsupported')}</p>
      <h3 id="tracked-heading">{t('popup.site.tracked')}</h3>
      <ul class="platform-grid" aria-labelledby="tracked-heading">
        {tracked.map((p) => {
          const status = displayStatus(p);
          const full = t('popup.site.openEntry', {
            name: p.name,
            status: shortStatus(p, t),
          });
          return (
            <li key={p.id} data-platform={p.id} data-status={status}>
              <button type="button" class="platform-chip" title={full} aria-label={full} onClick={() => onOpenEntry(p.id)}>
                <StatusIcon status={status} />
                <span>{p.name}</span>
                {isInferred(p) && <span aria-hidden="true">*</span>}
              </button>
            </li>
          );
        })}
      </ul>
      <Legend />
    </>
  );
}

/** What each icon means, since the list shows only the icons; and the toolbar icon's marks. */
function Legend() {
  const { t } = useI18n();
  const marks = { yes: t('badge.mark.signatory'), no: t('badge.mark.declined'), unknown: t('badge.mark.not-listed') };
  return (
    <ul class="legend" aria-label={t('popup.legend')}>
      {DISPLAY_STATUSES.map((status) => (
        <li key={status}>
          <StatusIcon status={status} size={14} />
          {t(`popup.legend.${status}`)}
        </li>
      ))}
      <li>
        <span aria-hidden="true">*</span> {t('popup.legend.inferred')}
      </li>
      <li>{t('popup.legend.toolbar', marks)}</li>
    </ul>
  );
}
