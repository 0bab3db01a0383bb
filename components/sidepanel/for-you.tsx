import type { ContextItem } from '@/data/charter/context';
import type { Quote } from '@/data/charter/sourced';
import { useI18n } from '../i18n';
import { ContextBlocks } from './context-block';
import { QuoteBlock } from './quote-block';

interface Props {
  /** The shopper's angle: indirect benefit, what a status covers, the law that binds everyone. */
  items: readonly ContextItem[];
  /** The minister's "not a boycott" quote, shown under its own heading with its context. */
  quote: Quote;
}

/** What the charter means for a shopper: indirect, about the platform, and the choice is theirs. */
export function ForYou({ items, quote }: Props) {
  const { t } = useI18n();
  return (
    <>
      <ContextBlocks items={items} />
      <h3>{t('sidepanel.forYou.choice')}</h3>
      {/* The extension's own phrasing, never presented as anyone's quote (brief §7). */}
      <p>{t('scope.noBoycott')}</p>
      <h3>{t('quote.inContext')}</h3>
      <QuoteBlock quote={quote} />
    </>
  );
}
