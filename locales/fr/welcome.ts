import { frenchTable } from '../../lib/text';

/** Strings of the welcome page, shown once after install. Keys start with 'welcome.'. */
// Pure: a context that never reads this table (the content script) drops it from its bundle.
export default /*#__PURE__*/ frenchTable({
  'welcome.title': 'Bienvenue dans Charte PME',
  'welcome.lead':
    'Sur la fiche d’un produit d’une place de marché suivie, un petit badge indique si la plateforme a signé la Charte des acteurs du e-commerce (mars 2019, renouvelée en décembre 2020), un engagement volontaire envers les TPE/PME qui vendent chez elle.',
  'welcome.statuses.heading': 'Ce que montre le badge',
  'welcome.statuses.intro': 'Un des quatre statuts ci-dessous, chacun avec sa forme d’icône et son texte :',
  'welcome.statuses.example': 'Par exemple : {name}',
  // The short surfaces of each example (lib/status.ts chipStatus and toolbarMark).
  'welcome.statuses.short': 'Sur un téléphone : « {chip} » · icône de la barre d’outils : « {mark} »',
  'welcome.marks.heading': 'Sur un téléphone et dans la barre d’outils',
  'welcome.marks.body':
    'Sur un petit écran, le badge tient en quelques mots qui commencent par « Charte PME ». L’icône de la barre d’outils affiche « {yes} », « {no} » ou « {unknown} ». Quand les sources nomment le groupe et pas la plateforme, le statut est une déduction : le badge ajoute « par déduction » et l’icône une étoile, comme dans « {inferred} ».',
  'welcome.picture.alt':
    'Le badge Charte PME sous le titre d’un produit, sur une page de démonstration : « {line} »',
  'welcome.picture.caption': 'Le badge sur une page produit (page de démonstration).',
  'welcome.platform.heading': 'La plateforme, jamais le produit ni le vendeur',
  'welcome.platform.body':
    'Le statut dit ce que la plateforme s’est engagée à faire envers les petites entreprises qui vendent chez elle. Il ne dit rien de l’article, de sa qualité ni de son vendeur.',
  'welcome.noBoycott.heading': 'Informer, jamais appeler au boycott',
  'welcome.noBoycott.body':
    'L’extension informe et ne donne aucun conseil d’achat. « Pas parmi les signataires connus » n’est pas un jugement : aucune source consultée ne nomme la plateforme parmi les signataires.',
  'welcome.privacy.heading': 'Rien ne quitte votre navigateur',
  'welcome.privacy.body':
    'Pas de compte, pas de statistiques, aucune requête réseau : toutes les informations sont livrées avec l’extension et seuls vos réglages sont enregistrés.',
  'welcome.privacy.link': 'Lire la politique de confidentialité',
  'welcome.settings.heading': 'Où sont les réglages',
  'welcome.settings.body':
    'Cliquez sur l’icône Charte PME de la barre d’outils : la fenêtre donne le statut du site et deux réglages rapides ; le lien « Réglages » ouvre tous les autres.',
  'welcome.settings.link': 'Ouvrir les réglages',
  'welcome.pin.heading': 'Épingler l’extension',
  'welcome.pin.chrome':
    'Chrome : cliquez sur l’icône en forme de pièce de puzzle à droite de la barre d’adresse, puis sur l’épingle à côté de Charte PME.',
  // Edge's extensions menu has an eye (« Afficher dans la barre d'outils »), not a pin.
  'welcome.pin.edge':
    'Edge : cliquez sur l’icône Extensions (pièce de puzzle) à droite de la barre d’adresse, puis sur l’icône en forme d’œil à côté de Charte PME (« Afficher dans la barre d’outils »).',
  'welcome.pin.firefox':
    'Firefox : cliquez sur l’icône des extensions (pièce de puzzle), puis sur l’engrenage de Charte PME et « Épingler à la barre d’outils ».',
  'welcome.independent': 'Charte PME est un outil indépendant, sans lien avec l’administration.',
} as const);
