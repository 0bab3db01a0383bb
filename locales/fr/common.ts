import { frenchTable } from '../../lib/text';

/** Strings shared by every UI: the manifest, the four statuses, the settings vocabulary. */
export default frenchTable({
  'ext.name': 'Charte PME',
  'ext.description':
    'Indique si la place de marché a signé la charte e-commerce envers les TPE/PME (2019, renouvelée en 2020). Sourcé, sans verdict.',
  'cmd.toggleBadge': 'Afficher ou masquer le badge Charte PME',

  'status.signatory.short': 'Signataire de la charte e-commerce (2019)',
  'status.renewal-signatory.short': 'A rejoint la charte renouvelée (déc. 2020)',
  'status.declined.short': 'N’a pas signé la charte (2019)',
  'status.not-listed.short': 'Absent des signataires connus',

  'status.signatory.long':
    '{name} a signé la Charte des acteurs du e-commerce (Bercy, 26 mars 2019), un engagement volontaire et non contraignant envers les TPE/PME qui vendent sur la plateforme.',
  'status.renewal-signatory.long':
    '{name} ne figurait pas parmi les signataires de mars 2019 et a rejoint la version renouvelée de la charte annoncée en décembre 2020 (selon la presse).',
  'status.declined.long':
    '{name} n’a pas signé la charte de mars 2019. Aucune signature ultérieure n’est connue à la date du {reviewedOn}.',
  'status.not-listed.long':
    '{name} ne figure dans aucune liste de signataires connue (vérifié le {reviewedOn}). Ce n’est pas un jugement : cela veut seulement dire qu’aucune source ne la cite.',

  'edition.2019': 'Charte de mars 2019',
  'edition.2020-renewal': 'Charte renouvelée (déc. 2020)',
  'edition.status.signatory': 'signataire',
  'edition.status.declined': 'n’a pas signé',
  'edition.status.not-listed': 'absent des listes connues',
  'confidence.S': 'source citée',
  'confidence.S-code': 'vu dans du code public',
  'confidence.I': 'déduction, non confirmée',
  'confidence.GK': 'connaissance générale non vérifiée',
  'confidence.U': 'inconnu',

  'scope.platformNotSeller':
    'Cette information concerne la plateforme, pas le vendeur de cet article ni le produit.',
  'scope.noBoycott':
    'Ce n’est pas un appel au boycott : à vous de choisir, en votre âme et conscience.',
  'reviewedOn': 'Données vérifiées le {date}',

  'lang.auto': 'Langue du navigateur',
  'lang.fr': 'Français',
  'lang.en': 'English',
} as const);
