import type { ContextItem } from '@/data/charter/context';
import { useI18n } from '../i18n';
import { ContextBlocks } from './context-block';

/**
 * What the charter means for a shopper: indirect, about the platform, and the choice is theirs.
 * The minister's March 2019 sentence is not here: under « À vous de choisir » it would read as
 * "shop elsewhere" (brief §7); it goes with Amazon's refusal, in the platforms section.
 */
export function ForYou({ items }: { items: readonly ContextItem[] }) {
  const { t } = useI18n();
  return (
    <>
      <ContextBlocks items={items} />
      <h3>{t('sidepanel.forYou.choice')}</h3>
      {/* The extension's own phrasing, never presented as anyone's quote (brief §7). */}
      <p>{t('scope.noBoycott')}</p>
    </>
  );
}
