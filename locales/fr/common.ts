import { frenchTable } from '../../lib/text';

/** Strings shared by every UI: the manifest, the four statuses, the settings vocabulary. */
export default frenchTable({
  'ext.name': 'Charte PME',
  // Store listing (≤ 132 characters): what it does, and that it is not the government's.
  'ext.description':
    'Outil indépendant, sans lien avec l’État : indique si la place de marché a signé la charte e-commerce envers les TPE/PME. Sourcé.',
  'cmd.toggleBadge': 'Afficher ou masquer le badge Charte PME',
  // For the popup footer and the welcome page.
  'about.independent':
    'Charte PME est un outil indépendant : il n’est lié ni au gouvernement, ni aux plateformes, ni aux organisations signataires.',

  'status.count.withInferred': '{sourced} + {names} par déduction',

  'status.signatory.long':
    '{name} a signé la Charte des acteurs du e-commerce (Bercy, 26 mars 2019), un engagement volontaire et non contraignant envers les TPE/PME qui vendent sur la plateforme. En décembre 2020, « l’ensemble des premiers signataires » s’est engagé dans la charte renouvelée, selon le ministère (engagement rapporté collectivement).',
  'status.signatory.inferred.long':
    'La charte de mars 2019 a été signée par le groupe {group} ; {name} fait partie de ce groupe (déduction, non confirmée : aucune source ne nomme {name}). En décembre 2020, « l’ensemble des premiers signataires » s’est engagé dans la charte renouvelée.',
  'status.renewal-signatory.long':
    '{name} ne figurait pas parmi les signataires de mars 2019 et a rejoint la version renouvelée de la charte, annoncée le 7 décembre 2020 (selon la presse).',
  'status.declined.long':
    '{name} n’a pas signé la charte de mars 2019. Aucune signature ultérieure n’est connue à la date du {reviewedOn}.',
  'status.declined.inferred.long':
    '{group} n’a pas signé la charte de mars 2019 ; {name} fait partie du groupe {group} (déduction, non confirmée : aucune source ne rapporte de refus propre à {name}). Aucune signature ultérieure n’est connue à la date du {reviewedOn}.',
  'status.not-listed.long':
    '{name} ne figure dans aucune liste de signataires connue (vérifié le {reviewedOn}). Ce n’est pas un jugement : cela veut seulement dire qu’aucune source ne la cite.',

  'edition.2019': 'Charte de mars 2019',
  'edition.2020-renewal': 'Charte renouvelée (déc. 2020)',
  'edition.status.signatory': 'signataire',
  'edition.status.declined': 'n’a pas signé',
  'edition.status.not-listed': 'absent des listes connues',
  // lib/status.ts editionDateText: a status inferred from a group carries the group's date.
  'edition.date.signatory': 'date : {date}',
  'edition.date.declined': 'refus rapporté le {date}',
  'edition.date.not-listed': 'vérifié le {date}',
  'edition.date.signatory.via': 'engagement du groupe {group} ({date})',
  'edition.date.declined.via': 'refus du groupe {group} ({date})',

  // Confidence in words a shopper reads without a glossary.
  'confidence.S': 'source citée',
  'confidence.S-code': 'vu dans du code public, non vérifié',
  'confidence.I': 'déduction',
  'confidence.GK': 'non vérifié',
  'confidence.U': 'inconnu',

  'scope.platformNotSeller':
    'Cette information concerne la plateforme, pas le vendeur de cet article ni le produit.',
  'scope.noBoycott':
    'Ce n’est pas un appel au boycott : à vous de choisir, en votre âme et conscience.',
  // "Why am I seeing this?" in a shopper's words (lib/why.ts); the detector's signal goes behind
  // a further disclosure, under 'why.technical'.
  'why.title': 'Pourquoi ce badge ?',
  'why.host': 'Ce site appartient à {platform}.',
  'why.rule': 'L’adresse de cette page ressemble à une fiche produit {platform}.',
  'why.ambiguous': 'L’adresse de cette page peut être celle d’une fiche produit {platform}, et son contenu le confirme.',
  'why.marker': 'La page contient les éléments d’une fiche produit {platform}.',
  'why.declaresProduct': 'La page se déclare comme un produit.',
  'why.hostNotListed': 'Ce site n’est pas une place de marché suivie.',
  'why.errorPage': 'La page ressemble à une page d’erreur.',
  'why.noProductSignal': 'Le contenu de la page ne ressemble pas à une fiche produit.',
  'why.notChecked': 'Le contenu de la page n’a pas été vérifié.',
  'why.other': 'Un autre indice a été relevé.',
  'why.technical': 'Détail technique',

  // "Report a wrong match" (lib/report.ts): prepared on the device; sent only through a channel
  // the maintainer configured at build time, and only by the user.
  'report.action': 'Signaler une erreur de détection',
  'report.notConfigured':
    'Aucune adresse de signalement n’est configurée dans cette version de l’extension : rien n’est envoyé. Voici le signalement préparé ; copiez-le si vous souhaitez le transmettre.',
  'report.viaEmail': 'Ouvrir le courriel prérempli (rien n’est envoyé sans vous)',
  'report.viaForm': 'Ouvrir le formulaire prérempli (rien n’est envoyé sans vous)',
  'report.textLabel': 'Texte du signalement',
  'report.copy': 'Copier le texte',
  'report.copied': 'Texte copié.',
  'report.subject': 'Charte PME : erreur de détection sur {host}',
  'report.body':
    'Le badge Charte PME me semble se tromper sur cette page.\n\nPage : {page}\nPlateforme reconnue : {platform}\nStatut affiché : {status}\nIndices : {signals}\nVersion : {version}\n\nCe qui ne va pas :\n',

  'quote.inContext': 'Une phrase de mars 2019, dans son contexte',
  'reviewedOn': 'Données vérifiées le {date}',

  'lang.auto': 'Langue du navigateur',
  'lang.fr': 'Français',
  'lang.en': 'English',
} as const);
