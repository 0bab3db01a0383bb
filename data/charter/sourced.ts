import type { Text } from '../../lib/text';
import type { SourceId } from './sources';
import type { Confidence } from './types';

/** Shapes shared by the charter data files: every claim carries its sources and its confidence. */
export interface Sourced {
  sources: readonly SourceId[];
  /** 'I' means the UI must say it is an inference; the text itself starts by saying so. */
  confidence: Confidence;
}

/** A short text with its sources (a note under a list, a date caveat…). */
export interface SourcedText extends Sourced {
  text: Text;
}

/**
 * A short verbatim quote from a source, in its own language. Quotes are never translated in
 * place: `translationEn` is our own translation, and the UI must present it as such.
 */
export interface Quote {
  text: string;
  lang: 'fr';
  sources: readonly SourceId[];
  speaker?: Text;
  translationEn?: string;
  /** When and about what it was said; shown before the quote, so it is never read out of context. */
  context?: Text;
}
