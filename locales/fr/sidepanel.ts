import { frenchTable } from '../../lib/text';

/** Strings of the side panel. Keys start with 'sidepanel.'. Facts live in data/, not here. */
// Pure: a context that never reads this table (the content script) drops it from its bundle.
export default /*#__PURE__*/ frenchTable({
  'sidepanel.title': 'Charte PME : la charte e-commerce',
  'sidepanel.heading': 'La charte, en détail',
  'sidepanel.skip': 'Aller au contenu',
  'sidepanel.toc': 'Sommaire',

  'sidepanel.section.charter': 'La charte',
  'sidepanel.section.commitments': 'Les engagements',
  'sidepanel.section.platforms': 'Les plateformes',
  'sidepanel.section.timeline': 'Chronologie',
  'sidepanel.section.forYou': 'Ce que cela veut dire pour vous',
  'sidepanel.section.limits': 'Limites',
  'sidepanel.section.sources': 'Sources',
  'sidepanel.section.privacy': 'Vie privée',

  'sidepanel.current.on': 'Sur l’onglet actif : {name}',
  'sidepanel.current.details': 'Voir la fiche de {name}',

  'sidepanel.platforms.intro':
    'Le statut dépend de l’édition de la charte : chaque statut porte une date et ses sources. « Pas parmi les signataires connus » n’est pas un jugement.',
  'sidepanel.filter.legend': 'Filtrer par statut',
  'sidepanel.filter.all': 'Toutes',
  'sidepanel.filter.signatory': 'Signataires en 2019',
  'sidepanel.filter.renewal-signatory': 'Ont rejoint en 2020',
  'sidepanel.filter.declined': 'N’ont pas signé en 2019',
  'sidepanel.filter.not-listed': 'Pas parmi les signataires connus',
  'sidepanel.search.label': 'Rechercher une plateforme par son nom',
  'sidepanel.platforms.count': '{count} sur {total} plateformes',
  'sidepanel.platforms.empty': 'Aucune plateforme ne correspond à ces critères.',
  'sidepanel.platform.company': 'Société : {name}',
  'sidepanel.platform.noHost': 'Aucune adresse de site connue : l’extension ne la reconnaît sur aucune page.',
  'sidepanel.platform.current': 'page consultée',
  'sidepanel.edition.date.signatory': 'date : {date}',
  'sidepanel.edition.date.declined': 'refus rapporté le {date}',
  'sidepanel.edition.date.not-listed': 'vérifié le {date}',
  'sidepanel.confidence': 'certitude : {label}',

  'sidepanel.source.dateUnknown': 'date inconnue',
  'sidepanel.source.noUrl': 'adresse non relevée',
  'sidepanel.link.newTab': '(nouvel onglet)',
  'sidepanel.sources.intro': 'Toutes les sources utilisées, avec leur éditeur et leur date quand elle est connue.',

  'sidepanel.inference': 'Déduction',
  'sidepanel.unknown': 'Inconnu',

  'sidepanel.privacy.local':
    'Aucune donnée ne quitte votre navigateur : pas de compte, pas de statistiques, aucune requête réseau. Toutes les informations sont livrées avec l’extension.',
  'sidepanel.privacy.settings':
    'Seuls vos réglages sont enregistrés, dans le stockage de l’extension (synchronisé entre vos appareils par le navigateur si vous l’avez activé).',
  'sidepanel.privacy.tabs':
    'Pour reconnaître la plateforme, l’extension lit l’adresse des pages des places de marché listées, et seulement celles-là ; elle ne l’enregistre pas.',
  'sidepanel.privacy.more': 'Le détail figure dans le fichier PRIVACY.md, fourni avec le code source de l’extension.',

  'sidepanel.charter.what': 'De quoi s’agit-il ?',
  'sidepanel.charter.officialName': 'Nom officiel :',
  'sidepanel.charter.otherNames': 'Autres noms employés :',
  'sidepanel.charter.who': 'Qui l’a portée ?',
  'sidepanel.charter.organisations': 'Organisations professionnelles signataires, aux côtés des plateformes :',
  'sidepanel.charter.when': 'Quand et où ?',

  'sidepanel.commitments.secondary':
    'Le texte intégral de la charte n’a pas été retrouvé : chaque engagement ci-dessous vient d’une description publiée, citée à côté, et n’en dit pas plus qu’elle.',
  'sidepanel.commitments.axis': 'Axe {n} : {title}',
  'sidepanel.commitments.wording': 'Formulation officielle :',
  'sidepanel.commitments.crossCutting': 'Pour les trois axes',

  'sidepanel.editions.signed': '{count} plateformes signataires :',
  'sidepanel.editions.joined': 'Ont rejoint la charte ({count} annoncées) :',
  'sidepanel.editions.unnamed.one': 'Une plateforme qu’aucune source ne nomme.',
  'sidepanel.editions.unnamed': 'Plateformes qu’aucune source ne nomme : {count}.',
  'sidepanel.editions.declined': 'Ont refusé de signer :',

  'sidepanel.forYou.choice': 'À vous de choisir',
  'sidepanel.quote.translation': 'Notre traduction : « {text} »',

  'sidepanel.limits.notInSources': 'Ce que les sources ne disent pas',
  'sidepanel.limits.howToRead': 'Comment lire ces informations',
  'sidepanel.limits.inferences':
    'Ce qui est déduit plutôt que sourcé porte l’étiquette « Déduction » ; ce qui n’est pas connu porte l’étiquette « Inconnu » et n’est jamais complété.',
  'sidepanel.limits.noFullText':
    'Les statuts et les engagements reposent sur les sources listées plus bas ; « pas parmi les signataires connus » veut seulement dire qu’aucune source consultée ne nomme la plateforme parmi les signataires.',

  'sidepanel.settings': 'Réglages',
  'sidepanel.lead.timeline': '{firstDate} : la charte est signée. {renewalDate} : elle est renouvelée.',
  'sidepanel.more.charter': 'Pourquoi elle existe, ce qu’elle protège, avec quoi ne pas la confondre',
  'sidepanel.more.commitments': 'Les trois axes en détail',
  'sidepanel.more.platforms': 'Les listes de signataires, édition par édition',
  'sidepanel.more.timeline': 'Toutes les dates',
  'sidepanel.more.forYou': 'Ce que la charte couvre pour vous, et ce qu’elle ne couvre pas',
  'sidepanel.more.limits': 'Les autres limites et les critiques',
  'sidepanel.more.sources': 'La liste des sources',
  'sidepanel.more.privacy': 'Ce que l’extension lit, et ce qu’elle ne fait pas',
  'sidepanel.lead.commitments': 'Trois axes : des contrats clairs, un dialogue ouvert avec médiation, la lutte contre la contrefaçon.',
  'sidepanel.sources.count': 'Sources ({count})',
  'sidepanel.platform.history': 'Statut par édition',
  // Under every platform, signatory or not: the charter's axes, not that platform's own commitments.
  'sidepanel.platform.commitments': 'Les trois axes de la charte (ce à quoi s’engagent les signataires)',
  'sidepanel.why.title': 'Pourquoi ce badge sur l’onglet actif ?',
  'sidepanel.why.sellerIdentity':
    'Dans la fiche du badge, la ligne « Vendeur professionnel : … » (raison sociale, pays, numéro d’immatriculation ou de TVA) reprend le bloc « vendeur professionnel » que la page affiche elle-même, lu à l’ouverture de la fiche : rien n’est cherché ailleurs, enregistré ni envoyé, et elle se présente de la même façon quel que soit le pays.',
  'sidepanel.why.technical': 'Règle technique',

  'sidepanel.menu.details': 'Charte PME : détails de la charte',
} as const);
