import type { ContextItem } from '@/data/charter/context';
import { pick } from '@/lib/text';
import { useI18n } from '../i18n';
import { ConfidenceTag } from './confidence-tag';
import { SourceLinks } from './source-links';

/** One explainer from data/charter/context.ts, under its own h3. */
function ContextBlock({ item }: { item: ContextItem }) {
  const { lang } = useI18n();
  return (
    <div class="context" data-context={item.id}>
      <h3>
        {pick(item.title, lang)} <ConfidenceTag confidence={item.confidence} />
      </h3>
      <p>{pick(item.body, lang)}</p>
      <SourceLinks ids={item.sources} />
    </div>
  );
}

/** Several explainers in data order. */
export function ContextBlocks({ items }: { items: readonly ContextItem[] }) {
  return (
    <>
      {items.map((item) => (
        <ContextBlock key={item.id} item={item} />
      ))}
    </>
  );
}
