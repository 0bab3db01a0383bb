import type { Quote } from '@/data/charter/sourced';
import { pick, typesetFrench } from '@/lib/text';
import { useI18n } from '../i18n';
import { SourceLinks } from './source-links';

/**
 * A verbatim quote in its own language, after its context (when and about what it was said); in
 * English, our translation follows, marked as ours. The quote is typeset like any French text.
 */
export function QuoteBlock({ quote }: { quote: Quote }) {
  const { t, lang } = useI18n();
  return (
    <figure class="quote">
      {quote.context && <p class="quote__context">{pick(quote.context, lang)}</p>}
      <blockquote lang={quote.lang}>
        <p>{typesetFrench(`« ${quote.text} »`)}</p>
      </blockquote>
      <figcaption>
        {quote.speaker && <span>{pick(quote.speaker, lang)}</span>}
        {lang === 'en' && quote.translationEn && (
          <span class="translation">{t('sidepanel.quote.translation', { text: quote.translationEn })}</span>
        )}
        <SourceLinks ids={quote.sources} />
      </figcaption>
    </figure>
  );
}
