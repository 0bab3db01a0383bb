import { frenchTable } from '../../lib/text';

/** Strings of the welcome page, shown once after install. Keys start with 'welcome.'. */
// Pure: a context that never reads this table (the content script) drops it from its bundle.
export default /*#__PURE__*/ frenchTable({
  'welcome.title': 'Bienvenue dans Charte PME',
  'welcome.shot.alt':
    'Une page produit d’une place de marché, avec le badge Charte PME sous le titre du produit : le statut de la plateforme, en une ligne.',
  'welcome.shot.caption': 'Le badge, sous le titre d’un produit.',
  'welcome.lead':
    'Sur la fiche d’un produit d’une place de marché suivie, un petit badge indique si la plateforme a signé la Charte des acteurs du e-commerce (mars 2019, renouvelée en décembre 2020), un engagement volontaire envers les TPE/PME qui vendent chez elle.',
  'welcome.statuses.heading': 'Ce que montre le badge',
  'welcome.statuses.intro': 'Un des quatre statuts ci-dessous, chacun avec sa forme d’icône et son texte :',
  'welcome.statuses.example': 'Par exemple : {name}',
  'welcome.platform.heading': 'La plateforme, jamais le produit ni le vendeur',
  'welcome.platform.body':
    'Le statut dit ce que la plateforme s’est engagée à faire envers les petites entreprises qui vendent chez elle. Il ne dit rien de l’article, de sa qualité ni de son vendeur.',
  'welcome.noBoycott.heading': 'Informer, jamais appeler au boycott',
  'welcome.noBoycott.body':
    'L’extension informe et ne donne aucun conseil d’achat. « Absent des signataires connus » n’est pas un jugement : aucune source ne cite la plateforme.',
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
    'Chrome, Edge : cliquez sur l’icône en forme de pièce de puzzle à droite de la barre d’adresse, puis sur l’épingle à côté de Charte PME.',
  'welcome.pin.firefox':
    'Firefox : cliquez sur l’icône des extensions (pièce de puzzle), puis sur l’engrenage de Charte PME et « Épingler à la barre d’outils ».',
  'welcome.independent': 'Charte PME est un outil indépendant, sans lien avec l’administration.',
} as const);
