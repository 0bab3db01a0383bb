import type { Sourced } from '@/data/charter/sourced';
import { pick, type Text } from '@/lib/text';
import { useI18n } from '../i18n';
import { ConfidenceTag } from './confidence-tag';
import { SourceLinks } from './source-links';

export interface Claim extends Sourced {
  id: string;
  text: Text;
}

/** Short sourced statements (commitments, limits), each with its label and its sources. */
export function ClaimList({ items }: { items: readonly Claim[] }) {
  const { lang } = useI18n();
  return (
    <ul class="claims">
      {items.map((item) => (
        <li key={item.id} data-claim={item.id}>
          <ConfidenceTag confidence={item.confidence} /> {pick(item.text, lang)}
          <SourceLinks ids={item.sources} />
        </li>
      ))}
    </ul>
  );
}
