import type { Source } from './types';

/**
 * The source registry of the facts brief (§3). Every user-facing claim cites ids from here.
 * Dates only where the source states one or its URL contains one.
 */
export const SOURCES = {
  'numerique-gouv': { title: 'E-commerce : signature d’une charte PME-plateformes et relance de l’espace de signalement', publisher: 'Secrétariat d’État chargé du Numérique', kind: 'government', url: 'https://numerique.gouv.fr/actualites/e-commerce-mounir-mahjoubi-annonce-la-signature-dune-charte-pme-plateformes-et-relance-lespace-de-signalement/' },
  mediateur: { title: 'Améliorer les relations entre les plateformes de commerce en ligne et les PME', publisher: 'Médiateur des entreprises (economie.gouv.fr)', kind: 'government', url: 'https://www.economie.gouv.fr/mediateur-des-entreprises/innovation/ameliorer-les-relations-entre-les-plateformes-de-commerce-en' },
  netpme: { title: 'Charte e-commerce : les plateformes en ligne s’engagent auprès des TPE-PME', publisher: 'netpme', kind: 'press', date: '2019-03-26', url: 'https://netpme.fr/actualite/charte-e-commerce-les-plateformes-en-ligne-sengagent-aupres-des-tpe-pme' },
  'latribune-sans-amazon': { title: 'E-commerce : sans Amazon, la charte de bonne conduite envers les PME a perdu son intérêt', publisher: 'La Tribune', kind: 'press', date: '2019-03-27', url: 'https://www.latribune.fr/technos-medias/internet/e-commerce-sans-amazon-la-charte-de-bonne-conduite-envers-les-pme-a-perdu-son-interet-812059.html' },
  'societe-com': { title: 'E-commerce : sans Amazon, la charte de bonne conduite envers les PME perd de son intérêt (La Tribune)', publisher: 'societe.com', kind: 'press', date: '2019-03-27', url: 'https://www.societe.com/actualites/e-commerce_sans_amazon_la_charte_de_bonne_conduite_envers_les_pme_perd_de_son_interet-34606.html' },
  'latribune-refus': { title: 'E-commerce : Amazon ne signera pas la charte de bonne conduite envers les PME françaises', publisher: 'La Tribune', kind: 'press', url: 'https://www.latribune.fr/technos-medias/internet/e-commerce-amazon-ne-signera-pas-la-charte-de-bonne-conduite-envers-les-pme-francaises-811856.html' },
  'capital-yahoo': { title: 'Mounir Mahjoubi exprime sa colère contre Amazon', publisher: 'Capital (Yahoo Actualités)', kind: 'press', url: 'https://fr.news.yahoo.com/mounir-mahjoubi-exprime-col%C3%A8re-contre-105418548.html' },
  'rtl-afp': { title: 'Vente en ligne : il y a du choix hors Amazon, selon Mahjoubi', publisher: 'AFP (RTL.be)', kind: 'press', url: 'https://www.rtl.be/info/monde/economie/vente-en-ligne-il-y-a-du-choix-hors-amazon-selon-mahjoubi--1110922.aspx' },
  'francesoir-afp': { title: 'Vente en ligne : il y a du choix hors Amazon, selon Mahjoubi', publisher: 'AFP (France-Soir)', kind: 'press', url: 'https://www.francesoir.fr/actualites-economie-finances/vente-en-ligne-il-y-du-choix-hors-amazon-selon-mahjoubi' },
  'zonebourse-reuters': { title: 'France : l’exécutif fustige le refus d’une charte avec les PME par Amazon', publisher: 'Reuters (Zonebourse)', kind: 'press', url: 'https://www.zonebourse.com/FNAC-DARTY-13449504/actualite/France-L-executif-fustige-le-refus-d-une-charte-avec-les-PME-par-Amazon-28231765/' },
  'tripalio-cpme': { title: 'E-commerce : une charte signée sans Ali Baba ni Amazon (communiqué de la CPME)', publisher: 'CPME (Tripalio)', kind: 'press', date: '2019-03-27', url: 'https://presse.tripalio.fr/e-commerce-une-charte-signee-sans-ali-baba-ni-amazon-27-03-19' },
  filieresport: { title: 'Mounir Mahjoubi en colère contre Amazon', publisher: 'Filière Sport', kind: 'press', date: '2019-03-26', url: 'https://www.filieresport.com/2019-03-26/mounir-mahjoubi-en-colere-contre-amazon' },
  zdnet: { title: 'Une charte sans Amazon, remède aux pratiques des géants du e-commerce ?', publisher: 'ZDNet France', kind: 'press', url: 'https://www.zdnet.fr/actualites/une-charte-sans-amazon-remede-aux-pratiques-des-geants-du-e-commerce-39882525.htm' },
  'e-logik': { title: 'La charte e-commerce des marketplaces', publisher: 'e-logik', kind: 'blog', date: '2019-03-27', url: 'https://e-logik.fr/blog/2019/03/27/la-charte-e-commerce-des-marketplaces' },
  'cnac-blog': { title: 'Commerce électronique : une charte pour lutter plus efficacement contre la contrefaçon', publisher: 'Blog du président du CNAC', kind: 'blog', url: 'https://www.blogpresidentcnac.fr/commerce-electronique-une-charte-pour-lutter-plus-efficacement-contre-la-contrefacon/' },
  droitdupartage: { title: 'Charte des acteurs du e-commerce : vers des relations plus équilibrées entre les plateformes et les entreprises utilisatrices', publisher: 'Droit du partage', kind: 'legal', date: '2019-04-04', url: 'https://droitdupartage.com/2019/04/04/charte-des-acteurs-e-commerce-vers-des-relations-plus-equilibrees-entre-les-plateformes-et-les-entreprises-utilisatrices/' },
  lemondedesartisans: { title: 'Une charte de bonne conduite pour le commerce', publisher: 'Le Monde des artisans', kind: 'press', url: 'https://lemondedesartisans.fr/actualites/une-charte-de-bonne-conduite-pour-le-commerce' },
  huffpost: { title: 'Le contournement de la taxe GAFA par Amazon fait enrager Mahjoubi', publisher: 'HuffPost France', kind: 'press', date: '2019-08', url: 'https://www.huffingtonpost.fr/entry/le-contournement-de-la-taxe-gafa-par-amazon-fait-enrager-mahjoubi_fr_5d4473b9e4b0ca604e31958b' },
  'info-chalon': { title: 'La CPME appelle Amazon à rejoindre la charte des acteurs du e-commerce', publisher: 'CPME 71 (info-chalon)', kind: 'press', date: '2019-09-05', url: 'https://www.info-chalon.com/articles/opinion/2019/09/05/45495/la-cpme-appelle-amazon-a-rejoindre-la-charte-des-acteurs-du-e-commerce/' },
  boursier: { title: 'Lancement d’un label pour les places de marché en ligne vertueuses au premier semestre 2021', publisher: 'Boursier.com', kind: 'press', date: '2020-12', url: 'https://www.boursier.com/actualites/economie/lancement-d-un-label-pour-les-places-de-marche-en-ligne-vertueuses-au-premier-semestre-2021-45414.html' },
  'generation-nt': { title: 'E-commerce : un label du gouvernement pour les places de marché vertueuses', publisher: 'Génération-NT', kind: 'press', date: '2020-12', url: 'https://www.generation-nt.com/ecommerce-label-gouvernement-place-marche-vertueuse-actualite-1983025.html' },
  papetier: { title: 'Bientôt un label pour les marketplaces', publisher: 'Papetier de France', kind: 'trade', url: 'https://papetierdefrance.com/commerce/17403/bientot-un-label-pour-les-marketplaces' },
  'business-affaires': { title: 'Le label « marketplace vertueuse », une récompense du gouvernement pour les meilleurs e-commerçants', publisher: 'Business-Affaires', kind: 'press', url: 'https://www.business-affaires.fr/le-label-marketplace-vertueuse-une-recompense-du-gouvernement-pour-les-meilleurs-e-commercants/' },
  'boursorama-label': { title: 'Bientôt un label pour les plateformes de vente en ligne', publisher: 'Boursorama', kind: 'press', date: '2020-12', url: 'https://www.boursorama.com/actualite-economique/actualites/bientot-un-label-pour-les-plateformes-de-vente-en-ligne-eb22955bfc28fc3601a894b2dcc3df5c' },
  'boursorama-patrimoine': { title: 'Un label pour les sites de vente vertueux', publisher: 'Boursorama', kind: 'press', url: 'https://www.boursorama.com/patrimoine/actualites/un-label-pour-les-sites-de-vente-vertueux-e7b9c22f8f0f5837d8f1faaab3655ef2' },
  krooga: { title: 'Label des places de marché (source : DGCCRF, 7 décembre 2020)', publisher: 'Krooga', kind: 'press', url: 'https://krooga.com/fr/?p=8897' },
  'avenir-cotedazur': { title: 'Un label pour identifier les sites de e-commerce vertueux', publisher: 'L’Avenir Côte d’Azur', kind: 'press', url: 'https://avenir-cotedazur.net/numerique_79751016-un-label-pour-identifier-les-sites-de-e-commerce-vertueux' },
  professionbienetre: { title: 'E-commerce : le gouvernement veut mettre en avant les bonnes pratiques', publisher: 'Profession Bien-Être (d’après Le Parisien)', kind: 'press', url: 'https://www.professionbienetre.fr/social-juridique/e-commerce-le-gouvernement-veut-mettre-en-avant-les-bonnes-pratiques/' },
  'avocat-fr': { title: 'Une réglementation européenne pour les services d’intermédiation en ligne', publisher: 'consultation.avocat.fr (blog d’avocat)', kind: 'legal', url: 'https://consultation.avocat.fr/blog/emmanuel-humeau/article-29247-une-reglementation-europeenne-pour-les-services-d-intermediation-en-ligne.html' },
  weblex: { title: 'Plateformes web : ce qu’il faut savoir sur le règlement « Platform to Business »', publisher: 'WebLex', kind: 'legal', url: 'https://weblex.fr/articles/plateformes-web-ce-qu-il-faut-savoir-sur-le-reglement-platform-business' },
  'avocat-lyon': { title: 'La réglementation européenne va encore bousculer les marketplaces', publisher: 'Cabinet Ratheaux (avocat-lyon-ratheaux.com)', kind: 'legal', url: 'https://www.avocat-lyon-ratheaux.com/expertises/droit-des-contrats-et-nouvelles-technologies/la-reglementation-europeenne-va-encore-bousculer-les-marketplaces/' },
  'zonebourse-dgccrf': { title: 'Le chien de garde français ordonne à Amazon de payer 3,5 millions de dollars de pénalités', publisher: 'Reuters (Zonebourse)', kind: 'press', url: 'https://www.zonebourse.com/cours/action/AMAZON-COM-INC-12864605/actualite/Le-chien-de-garde-francais-ordonne-a-Amazon-de-payer-3-5-millions-de-dollars-de-penalites-42494799/' },
  '01net': { title: 'Une charte des cybermarchands contre la contrefaçon', publisher: '01net', kind: 'press', date: '2009-12', url: 'https://www.01net.com/actualites/une-charte-des-cybermarchands-contre-la-contrefacon-510155.html' },
  nextinpact: { title: 'Lutte contre la contrefaçon : la charte, eBay et PriceMinister', publisher: 'Next INpact', kind: 'press', url: 'https://www.nextinpact.com/archive/54575-lutte-contrefacon-charte-ebay-priceminister.htm' },
  lemondeinformatique: { title: 'Vente en ligne : signature d’une charte de confiance', publisher: 'Le Monde Informatique', kind: 'press', url: 'https://www.lemondeinformatique.fr/actualites/lire-vente-en-ligne-signature-d-une-charte-de-confiance-43277.html' },
  israel247: { title: 'Article sur AliExpress et Alibaba (adresse complète non relevée)', publisher: 'israel247.org', kind: 'press' },
} as const satisfies Record<string, Omit<Source, 'id'>>;

export type SourceId = keyof typeof SOURCES;

export const SOURCE_IDS = Object.keys(SOURCES) as SourceId[];

/** The source record with its id; undefined for an unknown id (never throws). */
export function getSource(id: string): Source | undefined {
  if (!Object.hasOwn(SOURCES, id)) return undefined;
  return { id, ...(SOURCES as Record<string, Omit<Source, 'id'>>)[id]! };
}

/**
 * The source records for a list of ids, in order, without duplicates; unknown ids are dropped
 * (the data tests make sure there are none).
 * @example sourcesOf(['netpme', 'boursier']).map((s) => s.publisher) // ['netpme', 'Boursier.com']
 */
export function sourcesOf(ids: readonly string[]): Source[] {
  const out: Source[] = [];
  for (const id of new Set(ids)) {
    const source = getSource(id);
    if (source) out.push(source);
  }
  return out;
}
