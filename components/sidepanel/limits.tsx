import type { Commitment } from '@/data/charter/commitments';
import type { ContextItem } from '@/data/charter/context';
import { useI18n } from '../i18n';
import { ClaimList } from './claim-list';
import { ContextBlocks } from './context-block';

interface Props {
  /** Voluntary, non-binding, no figures, review without published results. */
  limits: readonly Commitment[];
  /** What readers may expect but no source supports: shown as unknown. */
  notInSources: readonly Commitment[];
  /** Criticism, follow-up, the regulation that does bind. */
  items: readonly ContextItem[];
}

/** What the charter is not, what is unknown, and how inferences are marked. */
export function Limits({ limits, notInSources, items }: Props) {
  const { t } = useI18n();
  return (
    <>
      <ClaimList items={limits} />
      <ContextBlocks items={items} />
      {notInSources.length > 0 && (
        <>
          <h3>{t('sidepanel.limits.notInSources')}</h3>
          <ClaimList items={notInSources} />
        </>
      )}
      <h3>{t('sidepanel.limits.howToRead')}</h3>
      <p>{t('sidepanel.limits.inferences')}</p>
      <p>{t('sidepanel.limits.noFullText')}</p>
    </>
  );
}
