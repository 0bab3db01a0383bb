import { alibaba, alibabaDetails } from './alibaba';
import { aliexpress, aliexpressDetails } from './aliexpress';
import { amazon, amazonDetails } from './amazon';
import { backmarket, backmarketDetails } from './backmarket';
import { boulanger, boulangerDetails } from './boulanger';
import { cdiscount, cdiscountDetails } from './cdiscount';
import { certideal, certidealDetails } from './certideal';
import { conforama, conforamaDetails } from './conforama';
import { darty, dartyDetails } from './darty';
import { ebay, ebayDetails } from './ebay';
import { etsy, etsyDetails } from './etsy';
import { fnac, fnacDetails } from './fnac';
import { laredoute, laredouteDetails } from './laredoute';
import { ldlc, ldlcDetails } from './ldlc';
import { leboncoin, leboncoinDetails } from './leboncoin';
import { manomano, manomanoDetails } from './manomano';
import { rakuten, rakutenDetails } from './rakuten';
import { shein, sheinDetails } from './shein';
import { temu, temuDetails } from './temu';
import { veepee, veepeeDetails } from './veepee';
import { vinted, vintedDetails } from './vinted';
import { wish, wishDetails } from './wish';
import type { Platform, PlatformDetails, PlatformRecord } from './types';

/** A platform file's two exports as one record: its status and rules, with their sources, notes and company. */
function recordsOf(files: ReadonlyArray<readonly [Platform, PlatformDetails]>): PlatformRecord[] {
  return files.map(([platform, details]) => ({
    ...platform,
    ...(details.badge ? { badge: details.badge } : {}),
    company: details.company,
    charter: {
      '2019': { ...platform.charter['2019'], ...details.charter['2019'] },
      '2020-renewal': { ...platform.charter['2020-renewal'], ...details.charter['2020-renewal'] },
    },
  }));
}

/**
 * Every platform, one file each, in the order the popup and the side panel list them. The only
 * list of platforms: the badge's first stages, their content scripts' matches and the card's seller
 * readers are generated from it (modules/platform-registry/plugin.ts). `npm run new-platform` adds
 * the line. Built in a call marked pure: a bundle that reads one platform file (a first stage)
 * keeps none of the others.
 */
export const PLATFORMS: readonly PlatformRecord[] = /* @__PURE__ */ recordsOf([
  [amazon, amazonDetails],
  [aliexpress, aliexpressDetails],
  [alibaba, alibabaDetails],
  [boulanger, boulangerDetails],
  [cdiscount, cdiscountDetails],
  [conforama, conforamaDetails],
  [ebay, ebayDetails],
  [fnac, fnacDetails],
  [darty, dartyDetails],
  [laredoute, laredouteDetails],
  [leboncoin, leboncoinDetails],
  [manomano, manomanoDetails],
  [rakuten, rakutenDetails],
  [ldlc, ldlcDetails],
  [backmarket, backmarketDetails],
  [certideal, certidealDetails],
  [temu, temuDetails],
  [shein, sheinDetails],
  [vinted, vintedDetails],
  [etsy, etsyDetails],
  [wish, wishDetails],
  [veepee, veepeeDetails],
]);

// Built on first use: no work at import time.
let byId: Map<string, PlatformRecord> | undefined;

export function getPlatform(id: string): PlatformRecord | undefined {
  byId ??= new Map(PLATFORMS.map((p) => [p.id, p]));
  return byId.get(id);
}

export type { Platform, PlatformRecord } from './types';
