import type { Quote } from '@/data/charter/sourced';
import { pick } from '@/lib/text';
import { useI18n } from '../i18n';
import { SourceLinks } from './source-links';

/** A verbatim quote in its own language; in English, our translation follows, marked as ours. */
export function QuoteBlock({ quote }: { quote: Quote }) {
  const { t, lang } = useI18n();
  return (
    <figure class="quote">
      <blockquote lang={quote.lang}>
        <p>{'«\u00a0'}{quote.text}{'\u00a0»'}</p>
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
