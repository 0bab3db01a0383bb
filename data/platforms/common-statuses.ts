import { REVIEWED_ON } from '../charter/reviewed';
import type { EditionDetails, EditionStatus } from './types';

// Statuses shared by several platforms, written once (brief F4, F9, §6); each with its details
// (sources, note), which only the side panel shows.

/** Named in the signing-day, next-day and government lists of the nine 2019 signatories (F4). */
export const SIGNED_2019: EditionStatus = { status: 'signatory', date: '2019-03-26', confidence: 'S' };
export const SIGNED_2019_DETAILS: EditionDetails = { sources: ['netpme', 'latribune-sans-amazon', 'cnac-blog', 'boursier'] };

/** « l'ensemble des premiers signataires » committed to the renewed charter (F9). */
export const RENEWED_2020: EditionStatus = { status: 'signatory', date: '2020-12', confidence: 'S' };
export const RENEWED_2020_DETAILS: EditionDetails = { sources: ['boursier', 'business-affaires'] };

/** Named among the platforms that joined the renewed charter in December 2020 (F9). */
export const JOINED_2020: EditionStatus = { status: 'signatory', date: '2020-12', confidence: 'S' };
export const JOINED_2020_DETAILS: EditionDetails = {
  sources: ['generation-nt', 'papetier', 'business-affaires'],
  note: {
    fr: 'Selon la presse de décembre 2020 ; le texte officiel du renouvellement n’a pas été retrouvé.',
    en: 'According to December 2020 press reports; the official text of the renewal was not found.',
  },
};

/** Absent from every sourced list of the 2019 signatories (brief: "S by omission"). */
export const ABSENT_2019: EditionStatus = { status: 'not-listed', date: REVIEWED_ON, confidence: 'S' };
export const ABSENT_2019_DETAILS: EditionDetails = { sources: ['netpme', 'latribune-sans-amazon', 'boursier'] };

/** No source names the platform for 2019. */
export const NO_EVIDENCE_2019: EditionStatus = { ...ABSENT_2019, confidence: 'U' };
export const NO_EVIDENCE_2019_DETAILS: EditionDetails = ABSENT_2019_DETAILS;

/** No source names the platform for the renewal, whose fifth new signatory is unnamed (F9). */
export const NO_EVIDENCE_2020: EditionStatus = { status: 'not-listed', date: REVIEWED_ON, confidence: 'U' };
export const NO_EVIDENCE_2020_DETAILS: EditionDetails = {
  sources: ['boursier', 'generation-nt', 'papetier', 'business-affaires'],
  note: {
    fr: 'Une des cinq plateformes qui ont rejoint la charte renouvelée n’est nommée par aucune source : l’absence de cette liste est donc un indice faible.',
    en: 'One of the five platforms that joined the renewed charter is named by no source, so absence from this list is weak evidence.',
  },
};
