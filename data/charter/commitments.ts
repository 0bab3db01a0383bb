import type { Text } from '../../lib/text';
import type { Quote, Sourced } from './sourced';

// The full text of the charter was not found (brief §4.1): every commitment below comes from a
// secondary description, says no more than that description, and cites it.

export interface Commitment extends Sourced {
  id: string;
  text: Text;
  /** True when the source's own text breaks off: the commitment may say more than we know. */
  truncatedSource?: boolean;
}

export interface Axis extends Sourced {
  id: 'formalisation' | 'exchange' | 'counterfeits';
  /** The axis as the government page words it (F12). */
  label: Quote;
  title: Text;
  commitments: readonly Commitment[];
}

const AXIS_SOURCES = ['numerique-gouv', 'lemondedesartisans'] as const;

export const AXES: readonly Axis[] = [
  {
    id: 'formalisation',
    label: { text: 'La formalisation des relations commerciales entre les deux parties', lang: 'fr', sources: ['numerique-gouv'] },
    title: { fr: 'Formaliser la relation commerciale', en: 'Formalising the business relationship' },
    sources: AXIS_SOURCES,
    confidence: 'S',
    commitments: [
      {
        id: 'written-contract',
        text: {
          fr: 'Encadrer la relation avec les vendeurs par un contrat, avec des documents contractuels rédigés clairement.',
          en: 'Put the relationship with sellers into a contract, with clearly written contract documents.',
        },
        sources: ['droitdupartage'],
        confidence: 'S',
      },
      {
        // netpme's sentence breaks off after « faciliter l'accès aux condition[s]… ».
        id: 'accessible-terms',
        text: {
          fr: 'Rendre les documents contractuels compréhensibles et faciliter l’accès aux conditions (la phrase de la source s’interrompt à cet endroit).',
          en: 'Make contract documents understandable and make the terms easier to reach (the source’s sentence breaks off at this point).',
        },
        sources: ['netpme'],
        confidence: 'S',
        truncatedSource: true,
      },
      {
        id: 'ranking-explained',
        text: {
          fr: 'Aider les TPE et PME à mieux comprendre le classement commercial utilisé par la plateforme, selon la CPME.',
          en: 'Help small businesses better understand the commercial ranking the platform uses, according to CPME.',
        },
        sources: ['tripalio-cpme'],
        confidence: 'S',
      },
    ],
  },
  {
    id: 'exchange',
    label: { text: 'La garantie d’un échange ouvert, fiable et individualisé', lang: 'fr', sources: ['numerique-gouv'] },
    title: { fr: 'Un échange ouvert, fiable et individualisé', en: 'An open, reliable and individualised exchange' },
    sources: [...AXIS_SOURCES, 'zonebourse-reuters'],
    confidence: 'S',
    commitments: [
      {
        id: 'delisting-explained',
        text: {
          fr: 'Donner aux vendeurs une explication en cas de déréférencement et la possibilité de le contester ; la CPME 71 ajoute : « contester un déréférencement brutal ».',
          en: 'Give sellers an explanation when they are delisted and a way to contest it; CPME 71 adds: contest an abrupt delisting.',
        },
        sources: ['tripalio-cpme', 'info-chalon'],
        confidence: 'S',
      },
      {
        id: 'mediation',
        text: {
          fr: 'Recourir à la médiation pour régler les litiges plus vite.',
          en: 'Use mediation to settle disputes faster.',
        },
        sources: ['rtl-afp'],
        confidence: 'S',
      },
      {
        id: 'availability',
        text: {
          fr: 'Être plus disponibles pour répondre aux problèmes des PME.',
          en: 'Be more available to answer the problems small businesses raise.',
        },
        sources: ['capital-yahoo'],
        confidence: 'S',
      },
      {
        // Brief F21: an AFP summary of the commitments, not the charter's own wording.
        id: 'human-advisers',
        text: {
          fr: 'Mettre des conseillers humains à la disposition des vendeurs qui rencontrent des problèmes compliqués, selon le résumé de l’AFP.',
          en: 'Give sellers who run into complicated problems access to human advisers, according to AFP’s summary.',
        },
        sources: ['fashionnetwork-afp'],
        confidence: 'S',
      },
      {
        // Brief F13 [I/U]: implied by the axis and by the complaints; no charter wording is known.
        id: 'dedicated-contact',
        text: {
          fr: 'Déduction, non confirmée : un interlocuteur identifié pour chaque vendeur. L’axe « individualisé » et les plaintes sur l’absence d’interlocuteur le suggèrent, mais aucune source ne cite la charte sur ce point.',
          en: 'Inference, unconfirmed: an identified contact person for each seller. The "individualised exchange" axis and the complaints about having no contact suggest it, but no source quotes the charter on this point.',
        },
        sources: ['numerique-gouv', 'mediateur', 'lemondedesartisans'],
        confidence: 'I',
      },
    ],
  },
  {
    id: 'counterfeits',
    label: { text: 'Une lutte contre la contrefaçon plus agile et plus efficace', lang: 'fr', sources: ['numerique-gouv'] },
    title: { fr: 'Lutter contre la contrefaçon', en: 'Fighting counterfeits' },
    sources: AXIS_SOURCES,
    confidence: 'S',
    commitments: [
      {
        id: 'counterfeit-process',
        text: {
          fr: 'Mettre en place, au sein de chaque plateforme, une procédure de lutte contre la contrefaçon.',
          en: 'Set up, within each platform, a procedure against counterfeits.',
        },
        sources: ['cnac-blog'],
        confidence: 'S',
      },
      {
        id: 'counterfeit-reporting',
        text: {
          fr: 'Permettre aux vendeurs de signaler tout problème de contrefaçon sur la plateforme, qui prend si nécessaire des mesures correctives.',
          en: 'Let sellers report any counterfeit problem on the platform, which takes corrective action where needed.',
        },
        sources: ['cnac-blog'],
        confidence: 'S',
      },
      {
        id: 'counterfeit-defence',
        text: {
          fr: 'Permettre aux vendeurs de se défendre en cas de contrefaçon, selon la CPME.',
          en: 'Let sellers defend themselves in counterfeit cases, according to CPME.',
        },
        sources: ['tripalio-cpme'],
        confidence: 'S',
      },
    ],
  },
];

/** What holds across the three axes (F11, F13 cross-cutting). */
export const CROSS_CUTTING: readonly Commitment[] = [
  {
    id: 'purpose',
    text: {
      fr: 'But affiché : une relation équilibrée, transparente et loyale entre les plateformes et les TPE et PME qui vendent chez elles.',
      en: 'Stated aim: a balanced, transparent and fair relationship between the platforms and the small businesses that sell on them.',
    },
    sources: ['tripalio-cpme', 'info-chalon'],
    confidence: 'S',
  },
  {
    id: 'voluntary',
    text: {
      fr: 'Engagements pris volontairement ; le texte n’est pas contraignant et ne prévoit pas de sanction.',
      en: 'Commitments made voluntarily; the text is not binding and provides for no penalty.',
    },
    sources: ['tripalio-cpme', 'zdnet', 'e-logik', 'filieresport'],
    confidence: 'S',
  },
  {
    id: 'no-targets',
    text: {
      fr: 'Aucun engagement chiffré, selon La Tribune : pas de délai de réponse ni de préavis connus.',
      en: 'No quantified commitment, according to La Tribune: no known response time or notice period.',
    },
    sources: ['societe-com'],
    confidence: 'S',
  },
  {
    id: 'six-month-review',
    text: {
      fr: 'Un bilan à six mois était prévu : les signataires devaient rendre compte de leurs engagements devant la DGE et le Médiateur des entreprises. Aucun résultat publié n’a été retrouvé.',
      en: 'A six-month review was planned: signatories were to account for their commitments before the DGE and the Business Mediator. No published result was found.',
    },
    sources: ['netpme'],
    confidence: 'S',
  },
];

/**
 * Points readers may expect but the sources do not support (F13 [U]). Shown, if at all, as
 * unknown; never as commitments.
 */
export const NOT_IN_SOURCES: readonly Commitment[] = [
  {
    id: 'notice-period',
    text: {
      fr: 'Un préavis avant un changement de conditions ou de commissions : aucune source ne l’attribue à la charte. Le préavis de 15 jours vient du règlement européen P2B.',
      en: 'Notice before a change of terms or fees: no source attributes it to the charter. The 15-day notice comes from the EU P2B Regulation.',
    },
    sources: ['societe-com', 'avocat-lyon'],
    confidence: 'U',
  },
  {
    id: 'response-time',
    text: {
      fr: 'Un délai de réponse aux vendeurs : aucun chiffre trouvé, ce qui concorde avec l’absence d’engagement chiffré.',
      en: 'A response time for sellers: no figure found, consistent with the absence of quantified commitments.',
    },
    sources: ['societe-com'],
    confidence: 'U',
  },
];
