import type { Confidence } from '@/data/charter/types';
import { useI18n } from '../i18n';

/** A visible word for claims the reader must weigh: inferences and unknowns. Nothing for sourced facts. */
export function ConfidenceTag({ confidence }: { confidence: Confidence }) {
  const { t } = useI18n();
  if (confidence === 'I') return <span class="tag tag--inference">{t('sidepanel.inference')}</span>;
  if (confidence === 'U') return <span class="tag tag--unknown">{t('sidepanel.unknown')}</span>;
  return null;
}
