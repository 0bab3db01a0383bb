/** Strings shared by every UI: the manifest, the four statuses, the settings vocabulary. */
export default {
  'ext.name': 'Charte PME',
  'ext.description':
    'Indique si la place de march\u00e9 a sign\u00e9 la charte e-commerce envers les TPE/PME (2019, renouvel\u00e9e en 2020). Sourc\u00e9, sans verdict.',
  'cmd.toggleBadge': 'Afficher ou masquer le badge Charte PME',

  'status.signatory.short': 'Signataire de la charte e-commerce (2019)',
  'status.renewal-signatory.short': 'A rejoint la charte renouvel\u00e9e (d\u00e9c. 2020)',
  'status.declined.short': 'N\u2019a pas sign\u00e9 la charte (2019)',
  'status.not-listed.short': 'Absent des signataires connus',

  'status.signatory.long':
    '{name} a sign\u00e9 la Charte des acteurs du e-commerce (Bercy, 26 mars 2019), un engagement volontaire et non contraignant envers les TPE/PME qui vendent sur la plateforme.',
  'status.renewal-signatory.long':
    '{name} ne figurait pas parmi les signataires de mars 2019 et a rejoint la version renouvel\u00e9e de la charte annonc\u00e9e en d\u00e9cembre 2020 (selon la presse).',
  'status.declined.long':
    '{name} n\u2019a pas sign\u00e9 la charte de mars 2019. Aucune signature ult\u00e9rieure n\u2019est connue \u00e0 la date du {reviewedOn}.',
  'status.not-listed.long':
    '{name} ne figure dans aucune liste de signataires connue (v\u00e9rifi\u00e9 le {reviewedOn}). Ce n\u2019est pas un jugement : cela veut seulement dire qu\u2019aucune source ne la cite.',

  'edition.2019': 'Charte de mars 2019',
  'edition.2020-renewal': 'Charte renouvel\u00e9e (d\u00e9c. 2020)',
  'edition.status.signatory': 'signataire',
  'edition.status.declined': 'n\u2019a pas sign\u00e9',
  'edition.status.not-listed': 'absent des listes connues',
  'confidence.S': 'source cit\u00e9e',
  'confidence.S-code': 'vu dans du code public',
  'confidence.I': 'd\u00e9duction, non confirm\u00e9e',
  'confidence.GK': 'connaissance g\u00e9n\u00e9rale non v\u00e9rifi\u00e9e',
  'confidence.U': 'inconnu',

  'scope.platformNotSeller':
    'Cette information concerne la plateforme, pas le vendeur de cet article ni le produit.',
  'scope.noBoycott':
    'Ce n\u2019est pas un appel au boycott : \u00e0 vous de choisir, en votre \u00e2me et conscience.',
  'reviewedOn': 'Donn\u00e9es v\u00e9rifi\u00e9es le {date}',

  'lang.auto': 'Langue du navigateur',
  'lang.fr': 'Fran\u00e7ais',
  'lang.en': 'English',
} as const;
