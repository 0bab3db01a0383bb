import type { Text } from '../../lib/text';
import type { Quote, Sourced, SourcedText } from './sourced';
import type { EditionId } from './types';

/** A platform named in an edition's list, spelled as the sources spell it. */
export interface EditionMember {
  /** The id of its file in data/platforms/. */
  platformId: string;
  name: string;
  /** Set when a list or a source needs a word of caution about this name. */
  note?: SourcedText;
}

/** One list of an edition (who signed, who joined, who declined), with where it comes from. */
export interface MemberList extends Sourced {
  members: readonly EditionMember[];
  note?: Text;
}

export interface Organisation extends Sourced {
  id: 'cpme' | 'fevad';
  name: Text;
  note?: SourcedText;
}

export interface Edition extends Sourced {
  id: EditionId;
  /** The official title; null when no source gives it (the 2020 renewal). */
  officialName: string | null;
  /** Other names used for it, verbatim, so a reader can recognise it in the press (F1). */
  otherNames: readonly Quote[];
  title: Text;
  /** ISO date at the precision of the sources. */
  date: string;
  dateNote?: SourcedText;
  place?: SourcedText;
  summary: SourcedText;
  drivenBy: SourcedText;
  /** Business organisations that signed alongside the platforms (not platforms themselves). */
  organisations: readonly Organisation[];
  /** Named platforms that signed this edition on its first day. */
  signed: MemberList;
  /** The renewal: « l'ensemble des premiers signataires » of an earlier edition committed again. */
  renews?: SourcedText & { edition: EditionId };
  /** Named platforms that joined with this edition. */
  joined: MemberList;
  /** How many platforms the sources say joined (5 in Dec. 2020): more than they name. */
  announcedJoinerCount: number;
  /** Joiners no source names (F9: one in Dec. 2020). Never fill this gap. */
  unnamedJoiners: number;
  declined: MemberList;
}

const none = { members: [], sources: [], confidence: 'S' } as const;

// F4: the nine of signing day, the day after and the government's retrospective list.
const NINE_2019: readonly EditionMember[] = [
  {
    platformId: 'boulanger',
    name: 'Boulanger',
    note: {
      text: {
        fr: 'Absent de certaines listes de huit noms, mais présent dans celles du jour de la signature et du lendemain, et dans la liste rétrospective du gouvernement (décembre 2020).',
        en: 'Missing from some eight-name lists, but present in the signing-day and next-day lists and in the government’s retrospective list (December 2020).',
      },
      sources: ['rtl-afp', 'francesoir-afp', 'zonebourse-reuters', 'tripalio-cpme', 'boursorama-label', 'netpme', 'latribune-sans-amazon', 'boursier'],
      confidence: 'S',
    },
  },
  { platformId: 'cdiscount', name: 'Cdiscount' },
  { platformId: 'conforama', name: 'Conforama' },
  { platformId: 'ebay', name: 'eBay' },
  {
    platformId: 'fnac',
    name: 'Fnac Darty',
    note: {
      text: {
        fr: 'Déduction : la signature du groupe « Fnac Darty » couvre aussi Darty ; aucune source ne nomme Darty ni le site darty.com.',
        en: 'Inference: the "Fnac Darty" group signature also covers Darty; no source names Darty or the darty.com site.',
      },
      sources: ['latribune-sans-amazon', 'netpme'],
      confidence: 'I',
    },
  },
  { platformId: 'laredoute', name: 'La Redoute' },
  { platformId: 'leboncoin', name: 'leboncoin' },
  { platformId: 'manomano', name: 'ManoMano' },
  { platformId: 'rakuten', name: 'Rakuten' },
];

const EDITION_2019: Edition = {
  id: '2019',
  officialName: 'Charte des acteurs du e-commerce',
  otherNames: [
    { text: 'charte PME-plateformes', lang: 'fr', sources: ['numerique-gouv'] },
    { text: 'charte de bonne conduite', lang: 'fr', sources: ['societe-com', 'capital-yahoo'] },
  ],
  title: { fr: 'Charte des acteurs du e-commerce', en: 'E-commerce players’ charter' },
  date: '2019-03-26',
  place: {
    text: { fr: 'Bercy (ministère de l’Économie, Paris)', en: 'Bercy (Ministry of the Economy, Paris)' },
    sources: ['netpme', 'mediateur', 'capital-yahoo'],
    confidence: 'S',
  },
  summary: {
    text: {
      fr: 'Un engagement volontaire et non contraignant de plateformes de vente en ligne envers les TPE et PME qui vendent chez elles, sans objectif chiffré.',
      en: 'A voluntary, non-binding commitment by online marketplaces toward the small businesses that sell on them, with no quantified targets.',
    },
    sources: ['tripalio-cpme', 'zdnet', 'societe-com'],
    confidence: 'S',
  },
  drivenBy: {
    text: {
      fr: 'Portée par le Secrétariat d’État chargé du Numérique (Mounir Mahjoubi), rédigée avec la Direction générale des entreprises (DGE), le Médiateur des entreprises, la FEVAD, la CPME et les plateformes, après un recensement des difficultés des PME. Selon La Tribune, la négociation a duré cinq mois.',
      en: 'Led by the French Secretariat of State for Digital Affairs (Mounir Mahjoubi) and drafted with the Directorate-General for Enterprise (DGE), the Business Mediator, FEVAD, CPME and the platforms, after a survey of the difficulties small businesses met. According to La Tribune, the negotiation took five months.',
    },
    sources: ['numerique-gouv', 'mediateur', 'societe-com', 'netpme', 'latribune-refus'],
    confidence: 'S',
  },
  organisations: [
    {
      id: 'cpme',
      name: {
        fr: 'Confédération des petites et moyennes entreprises (CPME)',
        en: 'Confederation of Small and Medium-sized Enterprises (CPME)',
      },
      sources: ['societe-com', 'mediateur'],
      confidence: 'S',
      note: {
        text: {
          fr: 'La CPME 71 (Saône-et-Loire) présente la charte comme « initiée par la CPME ».',
          en: 'CPME 71 (its Saône-et-Loire branch) presents the charter as initiated by CPME.',
        },
        sources: ['info-chalon'],
        confidence: 'S',
      },
    },
    {
      id: 'fevad',
      name: {
        fr: 'Fédération du e-commerce et de la vente à distance (FEVAD)',
        en: 'French e-commerce and distance selling federation (FEVAD)',
      },
      sources: ['societe-com', 'mediateur'],
      confidence: 'S',
    },
  ],
  signed: {
    members: NINE_2019,
    sources: ['netpme', 'latribune-sans-amazon', 'societe-com', 'cnac-blog', 'boursier'],
    confidence: 'S',
  },
  joined: none,
  announcedJoinerCount: 0,
  unnamedJoiners: 0,
  declined: {
    members: [
      { platformId: 'amazon', name: 'Amazon' },
      { platformId: 'alibaba', name: 'Alibaba' },
    ],
    sources: ['rtl-afp', 'zonebourse-reuters', 'tripalio-cpme', 'vie-publique'],
    confidence: 'S',
    // Amazon: any text that mentions one of its statuses mentions the other (brief §6).
    note: {
      fr: 'Refus au dernier moment, annoncé le 25 mars 2019 par le secrétaire d’État chargé du Numérique. Aucune source ne donne leurs raisons. Amazon a ensuite rejoint la charte renouvelée de décembre 2020, selon la presse ; aucun engagement ultérieur d’Alibaba n’est connu. Les sources nomment Alibaba, pas AliExpress : l’extension n’applique ce refus à AliExpress que par déduction.',
      en: 'A last-minute refusal, announced on 25 March 2019 by the secretary of state for digital affairs. No source gives their reasons. Amazon later joined the renewed charter of December 2020, according to press reports; no later commitment by Alibaba is known. The sources name Alibaba, not AliExpress: the extension applies this refusal to AliExpress only by inference.',
    },
  },
  sources: ['numerique-gouv', 'mediateur', 'netpme'],
  confidence: 'S',
};

const EDITION_2020: Edition = {
  id: '2020-renewal',
  officialName: null,
  otherNames: [],
  // The heading shows the date next to the title: the title carries none (no « (déc. 2020) (décembre 2020) »).
  title: { fr: 'Charte renouvelée', en: 'Renewed charter' },
  date: '2020-12',
  dateNote: {
    text: {
      fr: 'Renouvellement annoncé le lundi 7 décembre 2020 dans un communiqué commun d’Alain Griset, ministre délégué chargé des PME, et de Cédric O, secrétaire d’État chargé du numérique. Le jour de la signature elle-même, le titre exact et le communiqué officiel n’ont pas été retrouvés.',
      en: 'Renewal announced on Monday 7 December 2020 in a joint release by Alain Griset, minister delegate for small businesses, and Cédric O, secretary of state for digital affairs. The signing day itself, the exact title and the official release were not found.',
    },
    sources: ['numerama-label', 'lemondedesartisans-label', 'krooga'],
    confidence: 'S',
  },
  summary: {
    text: {
      fr: 'La charte a été renouvelée pour tenir compte de l’entrée en application du règlement européen « platform-to-business » (P2B). « L’ensemble des premiers signataires » et cinq autres plateformes s’y sont engagés ; les sources ne nomment que quatre de ces cinq.',
      en: 'The charter was renewed to take account of the EU "platform-to-business" (P2B) Regulation starting to apply. All the first signatories and five other platforms committed to it; the sources name only four of those five.',
    },
    sources: ['boursier', 'business-affaires', 'generation-nt'],
    confidence: 'S',
  },
  drivenBy: {
    text: { fr: 'Annoncée par le ministère de l’Économie.', en: 'Announced by the French Ministry of the Economy.' },
    sources: ['generation-nt', 'boursier'],
    confidence: 'S',
  },
  // No source says whether CPME and FEVAD signed the renewal: list none rather than guess.
  organisations: [],
  signed: none,
  renews: {
    edition: '2019',
    text: {
      fr: 'Selon le communiqué du ministère rapporté par la presse, « l’ensemble des premiers signataires » s’est engagé sur les termes de la charte renouvelée. Cet engagement est rapporté collectivement : on ne sait pas si chacun a signé de nouveau individuellement.',
      en: 'According to the ministry’s release as reported by the press, all the first signatories (« l’ensemble des premiers signataires ») committed to the renewed charter’s terms. This is reported collectively: whether each of them signed again individually is unknown.',
    },
    sources: ['boursier', 'business-affaires'],
    confidence: 'S',
  },
  joined: {
    members: [
      { platformId: 'amazon', name: 'Amazon' },
      { platformId: 'ldlc', name: 'LDLC' },
      { platformId: 'backmarket', name: 'Back Market' },
      { platformId: 'certideal', name: 'Certideal' },
    ],
    sources: ['generation-nt', 'papetier', 'business-affaires', 'boursorama-patrimoine'],
    confidence: 'S',
    note: {
      fr: 'Amazon, qui avait refusé de signer en mars 2019, fait partie des plateformes qui ont rejoint la charte renouvelée. Une cinquième plateforme n’est nommée par aucune source.',
      en: 'Amazon, which had declined to sign in March 2019, is among the platforms that joined the renewed charter. A fifth platform is named by no source.',
    },
  },
  announcedJoinerCount: 5,
  unnamedJoiners: 1,
  declined: none,
  sources: ['boursier', 'generation-nt', 'papetier', 'business-affaires'],
  confidence: 'S',
};

export const EDITIONS: readonly Edition[] = [EDITION_2019, EDITION_2020];

export function getEdition(id: EditionId): Edition {
  return id === '2019' ? EDITION_2019 : EDITION_2020;
}
