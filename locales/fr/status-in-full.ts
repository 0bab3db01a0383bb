import { frenchTable } from '../../lib/text';

/**
 * A platform's status said in full: the statuses, the editions, how sure each is, what it is about
 * (the platform, not the seller), and the data's review date.
 */
export default frenchTable({
  'status.count.withInferred': '{sourced} + {names} par déduction',
  'status.signatory.long':
    '{name} a signé la Charte des acteurs du e-commerce (Bercy, 26 mars 2019), un engagement volontaire et non contraignant envers les TPE/PME qui vendent sur la plateforme. En décembre 2020, « l’ensemble des premiers signataires » s’est engagé dans la charte renouvelée, selon la presse, qui rapporte le communiqué du ministère (engagement collectif).',
  // The sources name the group (« Fnac Darty »), not the brand (Fnac): the text says who signed.
  'status.signatory.group.long':
    'Le groupe {group}, dont {name} fait partie, a signé la Charte des acteurs du e-commerce (Bercy, 26 mars 2019), un engagement volontaire et non contraignant envers les TPE/PME qui vendent sur ses plateformes. En décembre 2020, « l’ensemble des premiers signataires » s’est engagé dans la charte renouvelée, selon la presse, qui rapporte le communiqué du ministère (engagement collectif).',
  'status.signatory.inferred.long':
    'La charte de mars 2019 a été signée par le groupe {group} ; {name} fait partie de ce groupe (déduction, non confirmée : aucune source ne nomme {name}). En décembre 2020, « l’ensemble des premiers signataires » s’est engagé dans la charte renouvelée, selon la presse.',
  'status.renewal-signatory.long':
    '{name} ne figurait pas parmi les signataires de mars 2019 et a rejoint la version renouvelée de la charte, annoncée le 7 décembre 2020 (selon la presse).',
  'status.declined-joined.long':
    '{name} a refusé de signer la charte de mars 2019, puis a rejoint la version renouvelée de la charte, annoncée le 7 décembre 2020 (selon la presse).',
  'status.declined.long':
    '{name} n’a pas signé la charte de mars 2019. Aucune signature ultérieure n’est connue à la date du {reviewedOn}.',
  'status.declined.inferred.long':
    '{group} n’a pas signé la charte de mars 2019 ; {name} fait partie du groupe {group} (déduction, non confirmée : aucune source ne rapporte de refus propre à {name}). Aucune signature ultérieure n’est connue à la date du {reviewedOn}.',
  'status.not-listed.long':
    '{name} ne figure dans aucune liste de signataires connue (vérifié le {reviewedOn}). Ce n’est pas un jugement : cela veut seulement dire qu’aucune source consultée ne la nomme parmi les signataires.',

  'edition.2019': 'Charte de mars 2019',
  'edition.2020-renewal': 'Charte renouvelée (déc. 2020)',
  'edition.status.signatory': 'signataire',
  'edition.status.declined': 'n’a pas signé',
  'edition.status.not-listed': 'pas parmi les signataires connus',
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

  'quote.inContext': 'Une phrase de mars 2019, dans son contexte',

  'reviewedOn': 'Données vérifiées le {date}',
} as const);
