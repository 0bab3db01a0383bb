import type { ContextItem } from '@/data/charter/context';
import type { TimelineEvent } from '@/data/charter/timeline';
import { formatDate } from '@/lib/i18n';
import { pick } from '@/lib/text';
import { useI18n } from '../i18n';
import { ConfidenceTag } from './confidence-tag';
import { ContextBlocks } from './context-block';
import { SourceLinks } from './source-links';

interface Props {
  events: readonly TimelineEvent[];
  /** Explainers about what followed (the label project). */
  items: readonly ContextItem[];
}

/** The dated events in order; computed dates are labelled as inferences. */
export function Timeline({ events, items }: Props) {
  const { lang } = useI18n();
  return (
    <>
      <ol class="timeline">
        {events.map((e) => (
          <li key={e.id} data-event={e.id}>
            <time dateTime={e.date}>{formatDate(e.date, lang)}</time>
            <p>
              <ConfidenceTag confidence={e.confidence} /> {pick(e.title, lang)}
            </p>
            {e.note && <p class="note">{pick(e.note, lang)}</p>}
            <SourceLinks ids={e.sources} />
          </li>
        ))}
      </ol>
      <ContextBlocks items={items} />
    </>
  );
}
