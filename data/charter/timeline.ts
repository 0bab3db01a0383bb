import type { Text } from '../../lib/text';
import type { Sourced } from './sourced';

/**
 * A dated event. `date` is ISO at the precision of the sources ('2019-03-26', '2020-12').
 * Dates we computed ("six months after") carry confidence 'I' and say so in their title.
 */
export interface TimelineEvent extends Sourced {
  id: string;
  date: string;
  title: Text;
  note?: Text;
}

/** In date order; a month-only date sorts before the days of that month. */
export const TIMELINE: readonly TimelineEvent[] = [
  {
    id: 'consultation',
    date: '2018-10-31',
    title: {
      fr: 'Lancement d’une consultation sur les difficultés des PME avec les plateformes',
      en: 'A consultation on the difficulties small businesses have with platforms is launched',
    },
    sources: ['lemondedesartisans'],
    confidence: 'S',
  },
  {
    // The brief quotes La Tribune (« Un site Internet a été lancé début novembre ») via its societe.com copy.
    id: 'reporting-site',
    date: '2018-11',
    title: {
      fr: 'Ouverture, début novembre selon La Tribune, d’un site où les PME signalent leurs difficultés',
      en: 'A website where small businesses report their difficulties opens in early November, according to La Tribune',
    },
    sources: ['societe-com', 'numerique-gouv'],
    confidence: 'S',
  },
  {
    id: 'refusal',
    date: '2019-03-25',
    // vie-publique: the BFMTV/RMC transcript of that day (« Il va manquer deux acteurs »).
    title: {
      fr: 'Le secrétaire d’État chargé du Numérique annonce qu’Alibaba et Amazon refusent de signer (Amazon rejoindra la charte renouvelée en décembre 2020)',
      en: 'The secretary of state for digital affairs says Alibaba and Amazon decline to sign (Amazon would join the renewed charter in December 2020)',
    },
    sources: ['rtl-afp', 'zonebourse-reuters', 'vie-publique'],
    confidence: 'S',
  },
  {
    id: 'signature',
    date: '2019-03-26',
    title: {
      fr: 'Signature de la charte à Bercy par neuf plateformes, la CPME et la FEVAD ; l’espace de signalement est relancé',
      en: 'Nine platforms, CPME and FEVAD sign the charter at Bercy; the reporting space is relaunched',
    },
    sources: ['numerique-gouv', 'netpme', 'mediateur', 'societe-com', 'fashionnetwork-afp'],
    confidence: 'S',
  },
  {
    id: 'six-month-review',
    date: '2019-09',
    title: {
      fr: 'Bilan à six mois prévu devant la DGE et le Médiateur des entreprises (mois déduit de la date de signature ; aucun résultat publié trouvé)',
      en: 'Six-month review planned before the DGE and the Business Mediator (month inferred from the signing date; no published result found)',
    },
    sources: ['netpme'],
    confidence: 'I',
  },
  {
    id: 'cpme-call',
    date: '2019-09-05',
    title: {
      fr: 'La CPME 71 (Saône-et-Loire) appelle Amazon, qui n’avait pas signé en mars, à rejoindre la charte (Amazon rejoindra la charte renouvelée en décembre 2020)',
      en: 'CPME 71 (Saône-et-Loire) calls on Amazon, which had not signed in March, to join the charter (Amazon would join the renewed charter in December 2020)',
    },
    sources: ['info-chalon'],
    confidence: 'S',
  },
  {
    id: 'p2b-applies',
    date: '2020-07-12',
    title: {
      fr: 'Le règlement européen P2B (2019/1150) entre en application',
      en: 'The EU P2B Regulation (2019/1150) starts to apply',
    },
    sources: ['avocat-fr'],
    confidence: 'S',
  },
  {
    // F20: announced in a joint release of Monday 7 December 2020; the signing day is unknown.
    id: 'renewal',
    date: '2020-12-07',
    title: {
      fr: 'Annonce de la charte renouvelée et adaptée au règlement P2B : « l’ensemble des premiers signataires » et cinq autres plateformes, dont Amazon (qui avait refusé en 2019), LDLC, Back Market, Certideal et une plateforme non nommée',
      en: 'The charter’s renewal, adapted to the P2B Regulation, is announced: all the first signatories committed, and five more platforms joined, including Amazon (which had declined in 2019), LDLC, Back Market, Certideal and one unnamed platform',
    },
    note: {
      fr: 'Annoncée dans un communiqué commun du ministre délégué chargé des PME et du secrétaire d’État chargé du numérique ; le jour de la signature elle-même n’est pas connu.',
      en: 'Announced in a joint release by the minister delegate for small businesses and the secretary of state for digital affairs; the signing day itself is not known.',
    },
    sources: ['numerama-label', 'lemondedesartisans-label', 'boursier', 'generation-nt', 'papetier', 'business-affaires', 'krooga'],
    confidence: 'S',
  },
  {
    id: 'label-announced',
    date: '2020-12-07',
    title: {
      fr: 'Dans le même communiqué, annonce d’un label des places de marché « vertueuses », critères prévus au premier semestre 2021 (lancement non confirmé)',
      en: 'The same release announces a label for "virtuous" marketplaces, criteria due in the first half of 2021 (launch unconfirmed)',
    },
    sources: ['numerama-label', 'boursier', 'generation-nt', 'boursorama-label'],
    confidence: 'S',
  },
  {
    id: 'renewal-review',
    date: '2021-06',
    title: {
      fr: 'Évaluation des signataires de la charte renouvelée prévue six mois après le renouvellement (mois déduit ; aucun résultat publié trouvé)',
      en: 'Assessment of the renewed charter’s signatories planned six months after the renewal (month inferred; no published result found)',
    },
    sources: ['boursier'],
    confidence: 'I',
  },
  {
    // F22: legal context (P2B / Code de commerce), never a charter breach.
    id: 'dgccrf-injunction',
    date: '2021-12-20',
    title: {
      fr: 'Hors charte : la DGCCRF enjoint à Amazon de modifier des clauses déséquilibrées de ses conditions pour les vendeurs (droit commercial et règlement P2B)',
      en: 'Outside the charter: the DGCCRF orders Amazon to change unbalanced clauses in its seller terms (commercial law and the P2B Regulation)',
    },
    note: {
      fr: 'Amazon avait refusé la charte en 2019 et rejoint la charte renouvelée en 2020 ; cette procédure relève de la loi, pas de la charte.',
      en: 'Amazon had declined the charter in 2019 and joined the renewed charter in 2020; this case is about the law, not the charter.',
    },
    sources: ['affiches-parisiennes'],
    confidence: 'S',
  },
  {
    id: 'dgccrf-penalty',
    date: '2022-12',
    title: {
      fr: 'Hors charte : astreinte de 3,33 millions d’euros pour retard de mise en conformité (Amazon s’est conformée le 28 avril 2022)',
      en: 'Outside the charter: a 3.33 million euro penalty for late compliance (Amazon complied on 28 April 2022)',
    },
    sources: ['affiches-parisiennes', 'boursier-dgccrf'],
    confidence: 'S',
  },
  {
    id: 'court-ruling',
    date: '2025-07-09',
    title: {
      fr: 'Hors charte : le tribunal administratif confirme partiellement l’injonction de la DGCCRF',
      en: 'Outside the charter: the administrative court partly upholds the DGCCRF’s injunction',
    },
    sources: ['loietstrategies'],
    confidence: 'S',
  },
];
