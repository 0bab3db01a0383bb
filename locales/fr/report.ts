import { frenchTable } from '../../lib/text';

/**
 * "Report a wrong match" (lib/report.ts): prepared on the device; sent only through a channel the
 * maintainer configured at build time, and only by the user.
 */
export default frenchTable({
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
} as const);
