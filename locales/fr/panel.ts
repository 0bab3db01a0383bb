/** Strings of the panel. Keys start with 'panel.'. Facts live in data/, not here. */
export default {
  'panel.title': 'Charte PME : la charte e-commerce',
  'panel.heading': 'La charte, en d\u00e9tail',
  'panel.skip': 'Aller au contenu',
  'panel.toc': 'Sommaire',

  'panel.section.charter': 'La charte',
  'panel.section.commitments': 'Les engagements',
  'panel.section.platforms': 'Les plateformes',
  'panel.section.timeline': 'Chronologie',
  'panel.section.forYou': 'Ce que cela veut dire pour vous',
  'panel.section.limits': 'Limites',
  'panel.section.sources': 'Sources',
  'panel.section.privacy': 'Vie priv\u00e9e',

  'panel.current.on': 'Sur l\u2019onglet actif : {name}',
  'panel.current.details': 'Voir la fiche de {name}',

  'panel.platforms.intro':
    'Le statut d\u00e9pend de l\u2019\u00e9dition de la charte : chaque statut porte une date et ses sources. \u00ab Absent des listes connues \u00bb n\u2019est pas un jugement.',
  'panel.filter.legend': 'Filtrer par statut',
  'panel.filter.all': 'Toutes',
  'panel.filter.signatory': 'Signataires en 2019',
  'panel.filter.renewal-signatory': 'Ont rejoint en 2020',
  'panel.filter.declined': 'N\u2019ont pas sign\u00e9 en 2019',
  'panel.filter.not-listed': 'Absentes des listes connues',
  'panel.search.label': 'Rechercher une plateforme par son nom',
  'panel.platforms.count': '{count} sur {total} plateformes',
  'panel.platforms.empty': 'Aucune plateforme ne correspond \u00e0 ces crit\u00e8res.',
  'panel.platform.company': 'Soci\u00e9t\u00e9 : {name}',
  'panel.platform.noHost': 'Aucune adresse de site connue : l\u2019extension ne la reconna\u00eet sur aucune page.',
  'panel.platform.current': 'page consult\u00e9e',
  'panel.edition.date.signatory': 'date : {date}',
  'panel.edition.date.declined': 'refus rapport\u00e9 le {date}',
  'panel.edition.date.not-listed': 'v\u00e9rifi\u00e9 le {date}',
  'panel.confidence': 'certitude : {label}',

  'panel.sources.inline': 'Sources :',
  'panel.source.dateUnknown': 'date inconnue',
  'panel.source.noUrl': 'adresse non relev\u00e9e',
  'panel.link.newTab': '(nouvel onglet)',
  'panel.sources.intro': 'Toutes les sources utilis\u00e9es, avec leur \u00e9diteur et leur date quand elle est connue.',

  'panel.inference': 'D\u00e9duction',
  'panel.unknown': 'Inconnu',

  'panel.privacy.local':
    'Aucune donn\u00e9e ne quitte votre navigateur : pas de compte, pas de statistiques, aucune requ\u00eate r\u00e9seau. Toutes les informations sont livr\u00e9es avec l\u2019extension.',
  'panel.privacy.settings':
    'Seuls vos r\u00e9glages sont enregistr\u00e9s, dans le stockage de l\u2019extension (synchronis\u00e9 entre vos appareils par le navigateur si vous l\u2019avez activ\u00e9).',
  'panel.privacy.tabs':
    'Pour reconna\u00eetre la plateforme, l\u2019extension lit l\u2019adresse des pages des places de march\u00e9 list\u00e9es, et seulement celles-l\u00e0 ; elle ne l\u2019enregistre pas.',
  'panel.privacy.more': 'Le d\u00e9tail figure dans le fichier PRIVACY.md, fourni avec le code source de l\u2019extension.',

  'panel.charter.what': 'De quoi s\u2019agit-il ?',
  'panel.charter.officialName': 'Nom officiel :',
  'panel.charter.otherNames': 'Autres noms employ\u00e9s :',
  'panel.charter.who': 'Qui l\u2019a port\u00e9e ?',
  'panel.charter.organisations': 'Organisations professionnelles signataires, aux c\u00f4t\u00e9s des plateformes :',
  'panel.charter.when': 'Quand et o\u00f9 ?',

  'panel.commitments.secondary':
    'Le texte int\u00e9gral de la charte n\u2019a pas \u00e9t\u00e9 retrouv\u00e9 : chaque engagement ci-dessous vient d\u2019une description publi\u00e9e, cit\u00e9e \u00e0 c\u00f4t\u00e9, et n\u2019en dit pas plus qu\u2019elle.',
  'panel.commitments.axis': 'Axe {n} : {title}',
  'panel.commitments.wording': 'Formulation officielle :',
  'panel.commitments.crossCutting': 'Pour les trois axes',

  'panel.editions.signed': '{count} plateformes signataires :',
  'panel.editions.joined': 'Ont rejoint la charte ({count} annonc\u00e9es) :',
  'panel.editions.unnamed': 'Plateformes qu\u2019aucune source ne nomme : {count}.',
  'panel.editions.declined': 'Ont refus\u00e9 de signer :',
  'panel.platforms.byPlatform': 'Plateforme par plateforme',

  'panel.forYou.choice': '\u00c0 vous de choisir',
  'panel.quote.translation': 'Notre traduction : \u00ab {text} \u00bb',

  'panel.limits.notInSources': 'Ce que les sources ne disent pas',
  'panel.limits.howToRead': 'Comment lire ces informations',
  'panel.limits.inferences':
    'Ce qui est d\u00e9duit plut\u00f4t que sourc\u00e9 porte l\u2019\u00e9tiquette \u00ab D\u00e9duction \u00bb ; ce qui n\u2019est pas connu porte l\u2019\u00e9tiquette \u00ab Inconnu \u00bb et n\u2019est jamais compl\u00e9t\u00e9.',
  'panel.limits.noFullText':
    'Les statuts et les engagements reposent sur les sources list\u00e9es plus bas ; \u00ab absent des listes connues \u00bb veut seulement dire qu\u2019aucune source ne nomme la plateforme.',

  'panel.menu.details': 'Charte PME : d\u00e9tails de la charte',
} as const;
