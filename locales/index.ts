import type { Lang } from '../lib/text';
import enBadge from './en/badge';
import enCommon from './en/common';
import enSidepanel from './en/sidepanel';
import enPopup from './en/popup';
import enSeller from './en/seller';
import enOptions from './en/options';
import enWelcome from './en/welcome';
import frBadge from './fr/badge';
import frCommon from './fr/common';
import frSidepanel from './fr/sidepanel';
import frPopup from './fr/popup';
import frSeller from './fr/seller';
import frOptions from './fr/options';
import frWelcome from './fr/welcome';

const fr = { ...frCommon, ...frBadge, ...frPopup, ...frSidepanel, ...frSeller, ...frOptions, ...frWelcome };
const en = { ...enCommon, ...enBadge, ...enPopup, ...enSidepanel, ...enSeller, ...enOptions, ...enWelcome };

export type MessageKey = keyof typeof fr;

/** Every UI string, per language. Each en/*.ts file is type-checked against its fr twin. */
export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { fr, en };
