import type { Lang } from '../lib/text';
import enBadge from './en/badge';
import enCommon from './en/common';
import enSidepanel from './en/sidepanel';
import enPopup from './en/popup';
import enSeller from './en/seller';
import enOptions from './en/options';
import enPill from './en/pill';
import enStatusLines from './en/status-lines';
import enWelcome from './en/welcome';
import frBadge from './fr/badge';
import frCommon from './fr/common';
import frSidepanel from './fr/sidepanel';
import frPopup from './fr/popup';
import frSeller from './fr/seller';
import frOptions from './fr/options';
import frPill from './fr/pill';
import frStatusLines from './fr/status-lines';
import frWelcome from './fr/welcome';

const allFr = () => ({ ...frCommon, ...frStatusLines, ...frPill, ...frBadge, ...frPopup, ...frSidepanel, ...frSeller, ...frOptions, ...frWelcome });
const allEn = () => ({ ...enCommon, ...enStatusLines, ...enPill, ...enBadge, ...enPopup, ...enSidepanel, ...enSeller, ...enOptions, ...enWelcome });

export type MessageKey = keyof ReturnType<typeof allFr>;

/**
 * Every UI string, per language. Each en/*.ts file is type-checked against its fr twin. Built in a
 * call marked pure: a bundle that imports lib/i18n.ts without translating through this table (the
 * badge's card, which ships its own) then leaves every table out, spreads included.
 */
export const MESSAGES: Record<Lang, Record<MessageKey, string>> = /* @__PURE__ */ (() => ({ fr: allFr(), en: allEn() }))();
