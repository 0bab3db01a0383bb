import type { EditionId } from '@/data/charter/types';
import { AXES } from '@/data/charter/commitments';
import { formatDate } from '@/lib/i18n';
import type { EditionDetails, EditionStatus, PlatformRecord } from '@/data/platforms/types';
import { displayStatus, editionDateText } from '@/lib/status';
import { pick } from '@/lib/text';
import { useI18n } from '../i18n';
import { ReportEntry } from '../popup/report-entry';
import { StatusLine } from '../popup/status-line';
import { SourceLinks } from './source-links';
import { WhyHere } from './why-here';

/**
 * How sure, said once: an inference's note says it is one (« déduction, non confirmée »), so it
 * gets no second word; an inference without a note gets its tag; any other status its plain
 * « certitude : … ».
 */
function Confidence({ status }: { status: EditionStatus & EditionDetails }) {
  const { t } = useI18n();
  if (status.confidence === 'I') return status.note ? null : <span class="tag tag--inference">{t('sidepanel.inference')}</span>;
  return (
    <span class="confidence">
      {' · '}
      {t('sidepanel.confidence', { label: t(`confidence.${status.confidence}`) })}
    </span>
  );
}

/** One edition's status: what, when, how sure, why (note) and the sources. */
function EditionRow({ edition, status }: { edition: EditionId; status: EditionStatus & EditionDetails }) {
  const { t, lang } = useI18n();
  return (
    <div class="edition" data-edition={edition}>
      <dt>{t(`edition.${edition}`)}</dt>
      <dd>
        <strong>{t(`edition.status.${status.status}`)}</strong>
        {', '}
        {/* An inferred status carries its group's date, and says whose (Alibaba's refusal, not AliExpress's). */}
        {editionDateText(status, t, lang)}
        <Confidence status={status} />
        {status.note && <p class="note">{pick(status.note, lang)}</p>}
        <SourceLinks ids={status.sources} />
      </dd>
    </div>
  );
}

/** The charter's three axes, one line each: what any signatory committed to. */
function Commitments() {
  const { t, lang } = useI18n();
  return (
    <>
      <h4>{t('sidepanel.platform.commitments')}</h4>
      <ol class="entry-axes">
        {AXES.map((axis) => (
          <li key={axis.id}>
            <strong>{pick(axis.title, lang)}</strong>
            {t('popup.colon')}
            {t(`popup.axis.${axis.id}`)}
          </li>
        ))}
      </ol>
    </>
  );
}

/** The active tab's page, when it is on this platform: "why" and "report" speak of it. */
export interface TabPage {
  url: string;
  version: string;
}

interface Props {
  platform: PlatformRecord;
  editions: readonly EditionId[];
  isCurrent: boolean;
  isExpanded: boolean;
  onToggle(isExpanded: boolean): void;
  page?: TabPage;
}

/**
 * A platform as one compact row (name, status, inference mark) that expands to its editions,
 * dates, notes, sources and commitments; for the active tab's page also "why" and "report".
 * The current tab's platform carries aria-current.
 */
export function PlatformEntry({ platform, editions, isCurrent, isExpanded, onToggle, page }: Props) {
  const { t } = useI18n();
  const status = displayStatus(platform);
  return (
    <li
      id={`platform-${platform.id}`}
      class="platform"
      tabIndex={-1}
      aria-current={isCurrent ? 'true' : undefined}
      data-platform={platform.id}
      data-status={status}
    >
      <details open={isExpanded} onToggle={(e) => onToggle((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <h3>{platform.name}</h3>
          <span class="platform__status">
            <StatusLine platform={platform} />
            {isCurrent && <span class="tag tag--current">{t('sidepanel.platform.current')}</span>}
          </span>
        </summary>
        {/* Brief: company names known only as general knowledge stay out of user-facing text. */}
        {platform.company.confidence === 'S' && (
          <p class="company">{t('sidepanel.platform.company', { name: platform.company.name })}</p>
        )}
        <h4>{t('sidepanel.platform.history')}</h4>
        <dl class="editions">
          {editions.map((id) => (
            <EditionRow key={id} edition={id} status={platform.charter[id]} />
          ))}
        </dl>
        {platform.hostnames.length === 0 && <p class="muted">{t('sidepanel.platform.noHost')}</p>}
        <Commitments />
        {page && (
          <>
            <WhyHere url={page.url} platformName={platform.name} />
            <p>
              <ReportEntry url={page.url} platform={platform} version={page.version} />
            </p>
          </>
        )}
      </details>
    </li>
  );
}
