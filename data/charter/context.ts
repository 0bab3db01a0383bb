import type { Text } from '../../lib/text';
import type { Quote, Sourced } from './sourced';

/** A short explainer for the side panel. Items with confidence 'I' say so in their own text. */
export interface ContextItem extends Sourced {
  id: string;
  title: Text;
  body: Text;
}

export const CONTEXT: readonly ContextItem[] = [
  {
    // F17, F13: what the autumn-2018 consultation brought in.
    id: 'why',
    title: { fr: 'Pourquoi cette charte ?', en: 'Why this charter?' },
    body: {
      fr: 'À l’automne 2018, le gouvernement a lancé une consultation et un espace de signalement pour recueillir les difficultés des TPE et PME qui vendent sur les places de marché. Une centaine de cas ont été recueillis ; selon La Tribune, la plupart concernaient Amazon, d’autres plateformes étant aussi citées. Parmi les problèmes rapportés : déréférencement après des avis négatifs de clients, suspension ou fermeture de compte sur un soupçon de contrefaçon, impossibilité de joindre le service commercial ou absence d’interlocuteur, commissions en hausse (atteignant parfois 35 % du chiffre d’affaires, selon une source).',
      en: 'In autumn 2018 the government opened a consultation and a reporting space to collect the difficulties of small businesses selling on marketplaces. About a hundred cases came in; according to La Tribune, most concerned Amazon, though other platforms were also named. Reported problems included delisting after negative customer reviews, accounts suspended or closed on a suspicion of counterfeiting, no way to reach the sales team or no contact person at all, and rising fees (sometimes reaching 35% of turnover, according to one source).',
    },
    sources: ['lemondedesartisans', 'numerique-gouv', 'societe-com', 'mediateur'],
    confidence: 'S',
  },
  {
    id: 'protects',
    title: { fr: 'Qui la charte protège-t-elle ?', en: 'Whom does it protect?' },
    body: {
      fr: 'Les vendeurs professionnels, notamment les TPE et PME, dans leurs relations avec la plateforme. Elle vise les opérateurs de plateforme au sens de l’article L. 111-7 du Code de la consommation et les professionnels qui utilisent leurs services. Ce n’est pas un texte de protection des consommateurs.',
      en: 'Professional sellers, small businesses in particular, in their dealings with the platform. It covers platform operators as defined by article L. 111-7 of the French Consumer Code and the professionals who use their services. It is not a consumer-protection text.',
    },
    sources: ['droitdupartage'],
    confidence: 'S',
  },
  {
    id: 'shopper-benefit',
    title: { fr: 'Et pour les acheteurs ?', en: 'What about shoppers?' },
    body: {
      fr: 'Déduction : pour les acheteurs, l’intérêt est indirect. Les petits vendeurs auprès desquels ils achètent sont censés être traités plus équitablement, et les vendeurs disposent d’un canal pour signaler la contrefaçon.',
      en: 'Inference: for shoppers the benefit is indirect. The small sellers they buy from are meant to be treated more fairly, and sellers get a channel to report counterfeits.',
    },
    sources: ['droitdupartage', 'cnac-blog'],
    confidence: 'I',
  },
  {
    id: 'scope',
    title: { fr: 'Ce que dit un statut', en: 'What a status means' },
    body: {
      fr: 'Déduction : la charte concernait les TPE et PME françaises ; un statut vaut donc pour l’entreprise en France. Aucune source ne dit quels sites ou quels pays une signature couvre. Un statut ne dit rien du vendeur d’un article ni de la qualité des produits.',
      en: 'Inference: the charter concerned French small businesses, so a status applies to the company in France. No source says which sites or countries a signature covers. A status says nothing about the seller of an item or about product quality.',
    },
    sources: ['tripalio-cpme', 'droitdupartage'],
    confidence: 'I',
  },
  {
    // F8. Amazon: this text mentions both of its statuses; no reason is given because none is known.
    id: 'declined-2019',
    title: { fr: 'Qui a refusé en 2019 ?', en: 'Who declined in 2019?' },
    body: {
      fr: 'Selon le secrétaire d’État chargé du Numérique, Alibaba et Amazon ont refusé de s’engager au dernier moment. La CPME s’est dite surprise, les deux entreprises ayant été associées à la démarche. Aucune source ne donne leurs raisons ; sollicitée, Amazon France n’a pas commenté dans l’immédiat. En décembre 2020, Amazon a rejoint la charte renouvelée, selon la presse ; aucun engagement ultérieur d’Alibaba ou d’AliExpress n’est connu.',
      en: 'According to the secretary of state for digital affairs, Alibaba and Amazon declined to commit at the last minute. CPME said it was surprised, as both companies had taken part in the process. No source gives their reasons; asked, Amazon France made no immediate comment. In December 2020 Amazon joined the renewed charter, according to press reports; no later commitment by Alibaba or AliExpress is known.',
    },
    sources: ['rtl-afp', 'zonebourse-reuters', 'tripalio-cpme', 'generation-nt', 'papetier'],
    confidence: 'S',
  },
  {
    id: 'p2b',
    title: { fr: 'Le règlement européen « P2B »', en: 'The EU "P2B" Regulation' },
    body: {
      fr: 'Le règlement (UE) 2019/1150 du 20 juin 2019, dit « platform-to-business » (P2B), s’applique depuis le 12 juillet 2020 aux services d’intermédiation en ligne proposés aux entreprises établies dans l’UE qui vendent à des consommateurs de l’UE, quel que soit le lieu d’établissement de la plateforme. D’après le résumé d’un avocat, il impose notamment un préavis d’au moins 15 jours avant un changement de conditions, interdit de suspendre ou de supprimer un compte vendeur sans motif, et prévoit la publication des paramètres de classement, un traitement interne des réclamations et la médiation. En mars 2019, la charte était présentée comme une première étape vers ce règlement.',
      en: 'Regulation (EU) 2019/1150 of 20 June 2019, known as "platform-to-business" (P2B), has applied since 12 July 2020 to online intermediation services offered to businesses established in the EU that sell to EU consumers, wherever the platform itself is established. According to a lawyer’s summary, it requires at least 15 days’ notice before a change of terms, bans suspending or removing a seller account without reasons, and provides for disclosed ranking parameters, internal complaint handling and mediation. In March 2019 the charter was presented as a first step toward this regulation.',
    },
    sources: ['avocat-fr', 'weblex', 'avocat-lyon', 'cnac-blog', 'netpme'],
    confidence: 'S',
  },
  {
    // F16 [I]: the brief infers this from the regulation's scope; the text says it is an inference.
    id: 'p2b-applies-to-all',
    title: { fr: 'Signataire ou non', en: 'Signatory or not' },
    body: {
      fr: 'Déduction : puisque le règlement P2B vise ces plateformes quel que soit leur lieu d’établissement, il s’applique à elles qu’elles aient signé la charte ou non.',
      en: 'Inference: since the P2B Regulation covers these platforms wherever they are established, it applies to them whether or not they signed the charter.',
    },
    sources: ['avocat-fr', 'weblex'],
    confidence: 'I',
  },
  {
    // F16, F22: the law, not the charter. Nothing here says the charter was breached.
    id: 'p2b-enforcement',
    title: { fr: 'Un exemple d’application de la loi', en: 'An example of the law being enforced' },
    body: {
      fr: 'Ceci concerne la loi (règlement P2B et Code de commerce), pas la charte. Le 20 décembre 2021, la DGCCRF a enjoint à Amazon de modifier des clauses déséquilibrées des conditions imposées aux vendeurs de sa place de marché, avant le 22 mars 2022, sous astreinte de 90 000 euros par jour de retard. Amazon s’est mise en conformité le 28 avril 2022 ; l’astreinte due pour ce retard s’est élevée à 3,33 millions d’euros (décembre 2022). Amazon avait annoncé contester la décision ; le 9 juillet 2025, le tribunal administratif a partiellement confirmé l’injonction. Amazon avait refusé la charte en 2019 et rejoint la charte renouvelée en 2020 ; cette procédure ne porte pas sur la charte.',
      en: 'This is about the law (the P2B Regulation and the French Commercial Code), not the charter. On 20 December 2021 the DGCCRF ordered Amazon to change unbalanced clauses in the terms it sets for its marketplace sellers, by 22 March 2022, with a penalty of 90,000 euros per day of delay. Amazon complied on 28 April 2022; the penalty came to 3.33 million euros (December 2022). Amazon had said it would challenge the decision; on 9 July 2025 the administrative court partly upheld the injunction. Amazon had declined the charter in 2019 and joined the renewed charter in 2020; this case is not about the charter.',
    },
    sources: ['affiches-parisiennes', 'boursier-dgccrf', 'loietstrategies', 'zonebourse-dgccrf'],
    confidence: 'S',
  },
  {
    id: 'reporting-space',
    title: { fr: 'L’espace de signalement des PME', en: 'The reporting space for small businesses' },
    body: {
      fr: 'Ouvert à l’automne 2018, relancé et rendu permanent lors de la signature, cet espace permet aux PME de signaler leurs difficultés avec les plateformes. Il devait servir à suivre l’application de la charte, y compris les relations avec les plateformes non signataires, à établir un baromètre de loyauté et de transparence, à faciliter le recours à la médiation et, si nécessaire, à faire évoluer la charte. Le Médiateur des entreprises indique mettre cet espace à la disposition des PME.',
      en: 'Opened in autumn 2018, relaunched and made permanent at the signing, this space lets small businesses report their difficulties with platforms. It was meant to track how the charter was applied, including dealings with non-signatory platforms, to build a barometer of fairness and transparency, to ease access to mediation and, if needed, to let the charter evolve. The Business Mediator (Médiateur des entreprises) says it makes this space available to small businesses.',
    },
    sources: ['numerique-gouv', 'mediateur'],
    confidence: 'S',
  },
  {
    id: 'follow-up',
    title: { fr: 'Suivi et bilans', en: 'Follow-up and reviews' },
    body: {
      fr: 'Six mois après la signature, les signataires devaient rendre compte de leurs engagements devant la DGE et le Médiateur des entreprises. Le renouvellement de décembre 2020 prévoyait une nouvelle évaluation six mois plus tard, menée par les mêmes. Aucun résultat publié de ces évaluations n’a été retrouvé.',
      en: 'Six months after the signing, signatories were to account for their commitments before the DGE and the Business Mediator. The December 2020 renewal planned another assessment six months later, run by the same bodies. No published result of either assessment was found.',
    },
    sources: ['netpme', 'boursier'],
    confidence: 'S',
  },
  {
    id: 'critique',
    title: { fr: 'Les critiques', en: 'Criticism' },
    body: {
      fr: 'À la signature, la presse a relevé que le texte n’était pas contraignant, qu’il ne contenait aucun engagement chiffré et qu’il ne permettait pas de sanctionner, un règlement européen devant s’en charger. Selon La Tribune, les plateformes signataires étaient persuadées de respecter déjà ses engagements.',
      en: 'At the signing, the press noted that the text was not binding, contained no quantified commitment and allowed no penalties, leaving that to a forthcoming EU regulation. According to La Tribune, the signatory platforms were convinced they already met its commitments.',
    },
    sources: ['societe-com', 'zdnet', 'e-logik', 'filieresport'],
    confidence: 'S',
  },
  {
    id: 'label',
    title: { fr: 'Le projet de label (2020–2021)', en: 'The planned label (2020–2021)' },
    body: {
      fr: 'Le 7 décembre 2020, Alain Griset, ministre délégué aux PME, et Cédric O, secrétaire d’État à la Transition numérique, ont annoncé un label pour les places de marché « vertueuses », dont les critères devaient être présentés au premier semestre 2021. Il devait aller au-delà de la loyauté et de la transparence envers les partenaires commerciaux : protection des consommateurs, responsabilité sociétale et environnementale, fiscalité. On ne sait pas s’il a été lancé, ni qui l’aurait reçu.',
      en: 'On 7 December 2020, Alain Griset, minister delegate for small businesses, and Cédric O, secretary of state for the digital transition, announced a label for "virtuous" marketplaces, whose criteria were to be presented in the first half of 2021. It was to go beyond fairness and transparency toward business partners: consumer protection, social and environmental responsibility, taxation. Whether it was ever launched, or who received it, is unknown.',
    },
    sources: ['numerama-label', 'lemondedesartisans-label', 'boursier', 'generation-nt', 'boursorama-label', 'avenir-cotedazur', 'professionbienetre', 'papetier', 'business-affaires', 'krooga'],
    confidence: 'S',
  },
  {
    id: 'not-to-confuse',
    title: { fr: 'À ne pas confondre', en: 'Not to be confused with' },
    body: {
      fr: 'Trois autres textes sont distincts de cette charte, chacun avec ses propres signataires : la « charte de lutte contre la contrefaçon sur Internet » de décembre 2009, portée par les ministres Lagarde et Estrosi, que seuls PriceMinister et 2xmoinscher avaient d’abord signée ; la « charte de confiance des plates-formes de ventes entre internautes » de la FEVAD, présentée avec Renaud Dutreil ; et la charte environnementale du e-commerce de la FEVAD (2021–2022), signée notamment par eBay, La Redoute, Rakuten France, Veepee et Boulanger. Avoir signé celle-ci ne fait pas d’une plateforme une signataire de la Charte des acteurs du e-commerce : Veepee ne figure pas parmi les signataires connus.',
      en: 'Three other texts are distinct from this charter, each with its own signatories: the December 2009 charter against online counterfeiting, backed by ministers Lagarde and Estrosi, which at first only PriceMinister and 2xmoinscher signed; FEVAD’s trust charter for consumer-to-consumer sales platforms, presented with Renaud Dutreil; and FEVAD’s environmental charter for e-commerce (2021–2022), signed by eBay, La Redoute, Rakuten France, Veepee, Boulanger and others. Signing that one does not make a platform a signatory of the Charte des acteurs du e-commerce: Veepee is still not among known signatories.',
    },
    sources: ['01net', 'nextinpact', 'lemondeinformatique', 'parisgoodfashion'],
    confidence: 'S',
  },
];

/**
 * The one quote the UI shows: short, verbatim, attributed, and always with its context (brief §7:
 * said about Amazon's refusal in March 2019; without that it reads as "shop elsewhere").
 */
export const BOYCOTT_QUOTE: Quote = {
  text: 'Ce n’est pas un appel au boycott, mais je dis qu’on a le choix, il y a plein de plateformes d’e-commerce',
  lang: 'fr',
  sources: ['rtl-afp', 'francesoir-afp'],
  speaker: {
    fr: 'Mounir Mahjoubi, secrétaire d’État chargé du Numérique, mars 2019',
    en: 'Mounir Mahjoubi, French secretary of state for digital affairs, March 2019',
  },
  translationEn: 'This is not a call for a boycott, but I am saying we have a choice: there are plenty of e-commerce platforms.',
  context: {
    fr: 'En mars 2019, à propos du refus d’Amazon de signer la charte, le secrétaire d’État chargé du Numérique a déclaré, selon l’AFP, la phrase ci-dessous. Amazon a ensuite rejoint la charte renouvelée en décembre 2020, selon la presse.',
    en: 'In March 2019, about Amazon declining to sign the charter, the secretary of state for digital affairs said the sentence below, according to AFP. Amazon later joined the renewed charter in December 2020, according to press reports.',
  },
};
