import { alibaba } from './alibaba';
import { aliexpress } from './aliexpress';
import { amazon } from './amazon';
import { backmarket } from './backmarket';
import { boulanger } from './boulanger';
import { cdiscount } from './cdiscount';
import { certideal } from './certideal';
import { conforama } from './conforama';
import { darty } from './darty';
import { ebay } from './ebay';
import { etsy } from './etsy';
import { fnac } from './fnac';
import { laredoute } from './laredoute';
import { ldlc } from './ldlc';
import { leboncoin } from './leboncoin';
import { manomano } from './manomano';
import { rakuten } from './rakuten';
import { shein } from './shein';
import { temu } from './temu';
import { veepee } from './veepee';
import { vinted } from './vinted';
import { wish } from './wish';
import { auchan } from './auchan';
import { but } from './but';
import { carrefour } from './carrefour';
import { castorama } from './castorama';
import { cultura } from './cultura';
import { decathlon } from './decathlon';
import { leclerc } from './leclerc';
import { leroymerlin } from './leroymerlin';
import { maisonsdumonde } from './maisonsdumonde';
import { rueducommerce } from './rueducommerce';
import { zalando } from './zalando';
import type { Platform } from './types';

/** Every platform, one file each; adding one means a file, its fixtures and a line here. */
export const PLATFORMS: readonly Platform[] = [
  amazon, aliexpress, alibaba, boulanger, cdiscount, conforama, ebay, fnac, darty, laredoute, leboncoin,
  manomano, rakuten, ldlc, backmarket, certideal, temu, shein, vinted, etsy, wish, veepee,
  leroymerlin, decathlon, carrefour, leclerc, auchan, castorama, zalando, cultura, rueducommerce, but, maisonsdumonde,
];

// Built on first use: no work at import time, so a bundle that needs one platform file (a badge
// first stage) drops the others.
let byId: Map<string, Platform> | undefined;

export function getPlatform(id: string): Platform | undefined {
  byId ??= new Map(PLATFORMS.map((p) => [p.id, p]));
  return byId.get(id);
}

export type { Platform } from './types';
