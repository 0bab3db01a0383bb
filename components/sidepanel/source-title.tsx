import { sourceLabel } from '@/data/charter/sources';
import type { Source } from '@/data/charter/types';
import { useI18n } from '../i18n';

/**
 * A source's name: its real title as a <cite>, or our description of it, marked and styled as a
 * description (brief §7: a title is never rebuilt from an address).
 */
export function SourceTitle({ source }: { source: Source }) {
  const { lang } = useI18n();
  const { text, isDescription } = sourceLabel(source, lang);
  if (!isDescription) return <cite lang="fr">{text}</cite>;
  return <span class="source-description" data-description="true">[{text}]</span>;
}
