import { pick, typesetFrench, type Lang } from '../../lib/text';
import type { Source } from './types';

/**
 * The source registry of the facts brief (§3). Every user-facing claim cites ids from here.
 * Dates only where the source states one or its URL contains one.
 */
export const SOURCES = {
  // Real titles: the brief gives them (F1, F8, §7).
  'numerique-gouv': { title: 'E-commerce : signature d’une charte PME-plateformes et relance de l’espace de signalement', publisher: 'Secrétariat d’État chargé du Numérique', kind: 'government', url: 'https://numerique.gouv.fr/actualites/e-commerce-mounir-mahjoubi-annonce-la-signature-dune-charte-pme-plateformes-et-relance-lespace-de-signalement/' },
  'latribune-sans-amazon': { title: 'E-commerce : sans Amazon, la charte de bonne conduite envers les PME perd de son intérêt', publisher: 'La Tribune', kind: 'press', date: '2019-03-27', url: 'https://www.latribune.fr/technos-medias/internet/e-commerce-sans-amazon-la-charte-de-bonne-conduite-envers-les-pme-a-perdu-son-interet-812059.html' },
  'societe-com': { title: 'E-commerce : sans Amazon, la charte de bonne conduite envers les PME perd de son intérêt', publisher: 'La Tribune (repris par societe.com)', kind: 'press', date: '2019-03-27', url: 'https://www.societe.com/actualites/e-commerce_sans_amazon_la_charte_de_bonne_conduite_envers_les_pme_perd_de_son_interet-34606.html' },
  lemondedesartisans: { title: 'Une charte de bonne conduite pour l’e-commerce', publisher: 'Le Monde des artisans', kind: 'press', date: '2019-03-25', url: 'https://lemondedesartisans.fr/actualites/une-charte-de-bonne-conduite-pour-le-commerce' },
  'info-chalon': { title: 'La CPME appelle Amazon à rejoindre la charte des acteurs du e-commerce', publisher: 'CPME 71, Saône-et-Loire (info-chalon)', kind: 'press', date: '2019-09-05', url: 'https://www.info-chalon.com/articles/opinion/2019/09/05/45495/la-cpme-appelle-amazon-a-rejoindre-la-charte-des-acteurs-du-e-commerce/' },

  // Titles unknown: described, never rebuilt from the address.
  mediateur: { description: { fr: 'Page du Médiateur des entreprises sur les relations entre plateformes de commerce en ligne et PME', en: 'Business Mediator page on relations between online marketplaces and small businesses' }, publisher: 'Médiateur des entreprises (economie.gouv.fr)', kind: 'government', url: 'https://www.economie.gouv.fr/mediateur-des-entreprises/innovation/ameliorer-les-relations-entre-les-plateformes-de-commerce-en' },
  netpme: { description: { fr: 'Article du jour de la signature sur les engagements des plateformes envers les TPE-PME', en: 'Signing-day article on the platforms’ commitments toward small businesses' }, publisher: 'netpme', kind: 'press', date: '2019-03-26', url: 'https://netpme.fr/actualite/charte-e-commerce-les-plateformes-en-ligne-sengagent-aupres-des-tpe-pme' },
  'latribune-refus': { description: { fr: 'Article de La Tribune sur le refus d’Amazon de signer la charte en mars 2019', en: 'La Tribune article on Amazon declining to sign the charter in March 2019' }, publisher: 'La Tribune', kind: 'press', url: 'https://www.latribune.fr/technos-medias/internet/e-commerce-amazon-ne-signera-pas-la-charte-de-bonne-conduite-envers-les-pme-francaises-811856.html' },
  'capital-yahoo': { description: { fr: 'Article de Capital sur les déclarations de Mounir Mahjoubi à propos d’Amazon, avant la signature', en: 'Capital article on Mounir Mahjoubi’s statements about Amazon, before the signing' }, publisher: 'Capital (Yahoo Actualités)', kind: 'press', url: 'https://fr.news.yahoo.com/mounir-mahjoubi-exprime-col%C3%A8re-contre-105418548.html' },
  'rtl-afp': { description: { fr: 'Dépêche AFP sur l’entretien de Mounir Mahjoubi au Parisien', en: 'AFP story on Mounir Mahjoubi’s interview with Le Parisien' }, publisher: 'AFP (RTL.be)', kind: 'press', date: '2019-03-25', url: 'https://www.rtl.be/info/monde/economie/vente-en-ligne-il-y-a-du-choix-hors-amazon-selon-mahjoubi--1110922.aspx' },
  'francesoir-afp': { description: { fr: 'La même dépêche AFP, reprise par France-Soir', en: 'The same AFP story, as published by France-Soir' }, publisher: 'AFP (France-Soir)', kind: 'press', date: '2019-03-25', url: 'https://www.francesoir.fr/actualites-economie-finances/vente-en-ligne-il-y-du-choix-hors-amazon-selon-mahjoubi' },
  'zonebourse-reuters': { description: { fr: 'Dépêche Reuters sur la réaction du gouvernement au refus d’Amazon et d’Alibaba', en: 'Reuters story on the government’s reaction to Amazon and Alibaba declining' }, publisher: 'Reuters (Zonebourse)', kind: 'press', url: 'https://www.zonebourse.com/FNAC-DARTY-13449504/actualite/France-L-executif-fustige-le-refus-d-une-charte-avec-les-PME-par-Amazon-28231765/' },
  'tripalio-cpme': { description: { fr: 'Communiqué de la CPME sur la signature, republié par Tripalio', en: 'CPME press release on the signing, republished by Tripalio' }, publisher: 'CPME (Tripalio)', kind: 'press', date: '2019-03-27', url: 'https://presse.tripalio.fr/e-commerce-une-charte-signee-sans-ali-baba-ni-amazon-27-03-19' },
  'fashionnetwork-afp': { description: { fr: 'Dépêche AFP du lendemain de la signature', en: 'AFP story from the day after the signing' }, publisher: 'AFP (FashionNetwork)', kind: 'press', date: '2019-03-27', url: 'https://be.fashionnetwork.com/news/Signature-de-la-charte-e-commerce-sans-amazon-ni-alibaba,1083069.html' },
  'vie-publique': { description: { fr: 'Transcription de l’entretien de Mounir Mahjoubi sur BFMTV et RMC', en: 'Transcript of Mounir Mahjoubi’s interview on BFMTV and RMC' }, publisher: 'vie-publique.fr', kind: 'government', date: '2019-03-25', url: 'https://www.vie-publique.fr/discours/270957-mounir-mahjoubi-25032019-economie-numerique-et-commerce-electronique' },
  filieresport: { description: { fr: 'Article sur les déclarations de Mounir Mahjoubi à propos d’Amazon', en: 'Article on Mounir Mahjoubi’s statements about Amazon' }, publisher: 'Filière Sport', kind: 'press', date: '2019-03-26', url: 'https://www.filieresport.com/2019-03-26/mounir-mahjoubi-en-colere-contre-amazon' },
  zdnet: { description: { fr: 'Article sur la portée d’une charte signée sans Amazon', en: 'Article on what a charter signed without Amazon can achieve' }, publisher: 'ZDNet France', kind: 'press', url: 'https://www.zdnet.fr/actualites/une-charte-sans-amazon-remede-aux-pratiques-des-geants-du-e-commerce-39882525.htm' },
  'e-logik': { description: { fr: 'Billet de blog sur la charte e-commerce des places de marché', en: 'Blog post on the marketplaces’ e-commerce charter' }, publisher: 'e-logik', kind: 'blog', date: '2019-03-27', url: 'https://e-logik.fr/blog/2019/03/27/la-charte-e-commerce-des-marketplaces' },
  'cnac-blog': { description: { fr: 'Billet du président du Comité national anti-contrefaçon sur la charte', en: 'Post by the president of the French anti-counterfeiting committee (CNAC) on the charter' }, publisher: 'Blog du président du CNAC', kind: 'blog', url: 'https://www.blogpresidentcnac.fr/commerce-electronique-une-charte-pour-lutter-plus-efficacement-contre-la-contrefacon/' },
  droitdupartage: { description: { fr: 'Analyse juridique de la Charte des acteurs du e-commerce', en: 'Legal analysis of the Charte des acteurs du e-commerce' }, publisher: 'Droit du partage', kind: 'legal', date: '2019-04-04', url: 'https://droitdupartage.com/2019/04/04/charte-des-acteurs-e-commerce-vers-des-relations-plus-equilibrees-entre-les-plateformes-et-les-entreprises-utilisatrices/' },
  huffpost: { description: { fr: 'Article sur Mounir Mahjoubi et Amazon, août 2019', en: 'Article on Mounir Mahjoubi and Amazon, August 2019' }, publisher: 'HuffPost France', kind: 'press', date: '2019-08', url: 'https://www.huffingtonpost.fr/entry/le-contournement-de-la-taxe-gafa-par-amazon-fait-enrager-mahjoubi_fr_5d4473b9e4b0ca604e31958b' },
  boursier: { description: { fr: 'Article reprenant le communiqué du ministère sur le renouvellement de la charte et le projet de label', en: 'Article reporting the ministry’s release on the renewed charter and the planned label' }, publisher: 'Boursier.com', kind: 'press', date: '2020-12', url: 'https://www.boursier.com/actualites/economie/lancement-d-un-label-pour-les-places-de-marche-en-ligne-vertueuses-au-premier-semestre-2021-45414.html' },
  'generation-nt': { description: { fr: 'Article sur le projet de label et le renouvellement de la charte', en: 'Article on the planned label and the renewed charter' }, publisher: 'Génération-NT', kind: 'press', date: '2020-12', url: 'https://www.generation-nt.com/ecommerce-label-gouvernement-place-marche-vertueuse-actualite-1983025.html' },
  'numerama-label': { description: { fr: 'Article sur le communiqué commun du 7 décembre 2020 (label et charte renouvelée)', en: 'Article on the joint release of 7 December 2020 (label and renewed charter)' }, publisher: 'Numerama', kind: 'press', date: '2020-12', url: 'https://www.numerama.com/tech/674674-la-france-lancera-en-2021-un-label-pour-les-marketplaces-vertueuses.html' },
  'lemondedesartisans-label': { description: { fr: 'Article sur l’annonce du lundi 7 décembre 2020', en: 'Article on the announcement of Monday 7 December 2020' }, publisher: 'Le Monde des artisans', kind: 'press', date: '2020-12-10', url: 'https://www.lemondedesartisans.fr/actualites/les-places-de-marche-en-ligne-vertueuses-auront-leur-propre-label' },
  papetier: { description: { fr: 'Article de presse professionnelle sur le projet de label pour les places de marché', en: 'Trade-press article on the planned marketplace label' }, publisher: 'Papetier de France', kind: 'trade', url: 'https://papetierdefrance.com/commerce/17403/bientot-un-label-pour-les-marketplaces' },
  'business-affaires': { description: { fr: 'Article sur le label « marketplace vertueuse » et la charte renouvelée', en: 'Article on the "virtuous marketplace" label and the renewed charter' }, publisher: 'Business-Affaires', kind: 'press', url: 'https://www.business-affaires.fr/le-label-marketplace-vertueuse-une-recompense-du-gouvernement-pour-les-meilleurs-e-commercants/' },
  'boursorama-label': { description: { fr: 'Article sur le projet de label pour les plateformes de vente en ligne', en: 'Article on the planned label for online marketplaces' }, publisher: 'Boursorama', kind: 'press', date: '2020-12', url: 'https://www.boursorama.com/actualite-economique/actualites/bientot-un-label-pour-les-plateformes-de-vente-en-ligne-eb22955bfc28fc3601a894b2dcc3df5c' },
  'boursorama-patrimoine': { description: { fr: 'Article sur le label des sites de vente et les plateformes qui ont rejoint la charte', en: 'Article on the label for online shops and the platforms that joined the charter' }, publisher: 'Boursorama', kind: 'press', url: 'https://www.boursorama.com/patrimoine/actualites/un-label-pour-les-sites-de-vente-vertueux-e7b9c22f8f0f5837d8f1faaab3655ef2' },
  krooga: { description: { fr: 'Page sur le label des places de marché, qui cite la DGCCRF (7 décembre 2020)', en: 'Page on the marketplace label, citing the DGCCRF (7 December 2020)' }, publisher: 'Krooga', kind: 'press', url: 'https://krooga.com/fr/?p=8897' },
  'avenir-cotedazur': { description: { fr: 'Article sur le projet de label des sites de e-commerce', en: 'Article on the planned label for e-commerce sites' }, publisher: 'L’Avenir Côte d’Azur', kind: 'press', url: 'https://avenir-cotedazur.net/numerique_79751016-un-label-pour-identifier-les-sites-de-e-commerce-vertueux' },
  professionbienetre: { description: { fr: 'Article sur le projet de label, d’après Le Parisien', en: 'Article on the planned label, after Le Parisien' }, publisher: 'Profession Bien-Être', kind: 'press', url: 'https://www.professionbienetre.fr/social-juridique/e-commerce-le-gouvernement-veut-mettre-en-avant-les-bonnes-pratiques/' },
  'avocat-fr': { description: { fr: 'Billet d’avocat sur le règlement européen P2B', en: 'Lawyer’s post on the EU P2B Regulation' }, publisher: 'consultation.avocat.fr', kind: 'legal', url: 'https://consultation.avocat.fr/blog/emmanuel-humeau/article-29247-une-reglementation-europeenne-pour-les-services-d-intermediation-en-ligne.html' },
  weblex: { description: { fr: 'Fiche d’actualité juridique sur le règlement P2B', en: 'Legal news item on the P2B Regulation' }, publisher: 'WebLex', kind: 'legal', url: 'https://weblex.fr/articles/plateformes-web-ce-qu-il-faut-savoir-sur-le-reglement-platform-business' },
  'avocat-lyon': { description: { fr: 'Page d’un cabinet d’avocats résumant les obligations du règlement P2B', en: 'Law firm page summarising the P2B Regulation’s obligations' }, publisher: 'avocat-lyon-ratheaux.com', kind: 'legal', url: 'https://www.avocat-lyon-ratheaux.com/expertises/droit-des-contrats-et-nouvelles-technologies/la-reglementation-europeenne-va-encore-bousculer-les-marketplaces/' },
  'zonebourse-dgccrf': { description: { fr: 'Dépêche Reuters sur l’astreinte de la DGCCRF contre Amazon', en: 'Reuters story on the DGCCRF’s penalty against Amazon' }, publisher: 'Reuters (Zonebourse)', kind: 'press', url: 'https://www.zonebourse.com/cours/action/AMAZON-COM-INC-12864605/actualite/Le-chien-de-garde-francais-ordonne-a-Amazon-de-payer-3-5-millions-de-dollars-de-penalites-42494799/' },
  'affiches-parisiennes': { description: { fr: 'Article sur l’injonction de la DGCCRF à Amazon et l’astreinte de 3,33 millions d’euros', en: 'Article on the DGCCRF’s injunction against Amazon and the 3.33 million euro penalty' }, publisher: 'Affiches Parisiennes', kind: 'legal', date: '2022-12', url: 'https://www.affiches-parisiennes.com/dgccrf-amazon-ecope-d-une-astreinte-de-33-millions-d-euros-pour-retard-de-mise-en-conformite-117476.html' },
  'boursier-dgccrf': { description: { fr: 'Article sur la pénalité de 3,3 millions d’euros infligée à Amazon par la DGCCRF', en: 'Article on the 3.3 million euro penalty the DGCCRF imposed on Amazon' }, publisher: 'Boursier.com', kind: 'press', date: '2022-12', url: 'https://www.boursier.com/actualites/economie/contrats-commerciaux-la-repression-des-fraudes-inflige-une-penalite-de-3-3-millions-d-euros-a-amazon-48868.html' },
  loietstrategies: { description: { fr: 'Article juridique sur le jugement du tribunal administratif du 9 juillet 2025', en: 'Legal article on the administrative court’s ruling of 9 July 2025' }, publisher: 'Loi & Stratégies', kind: 'legal', url: 'https://loietstrategies.com/desequilibre-significatif-reduction-astreinte-amazon' },
  '01net': { description: { fr: 'Article sur la charte de lutte contre la contrefaçon de 2009', en: 'Article on the 2009 anti-counterfeiting charter' }, publisher: '01net', kind: 'press', date: '2009-12', url: 'https://www.01net.com/actualites/une-charte-des-cybermarchands-contre-la-contrefacon-510155.html' },
  nextinpact: { description: { fr: 'Article sur la charte de 2009, eBay et PriceMinister', en: 'Article on the 2009 charter, eBay and PriceMinister' }, publisher: 'Next INpact', kind: 'press', url: 'https://www.nextinpact.com/archive/54575-lutte-contrefacon-charte-ebay-priceminister.htm' },
  lemondeinformatique: { description: { fr: 'Article sur la charte de confiance de la FEVAD pour les ventes entre internautes', en: 'Article on FEVAD’s trust charter for consumer-to-consumer sales' }, publisher: 'Le Monde Informatique', kind: 'press', url: 'https://www.lemondeinformatique.fr/actualites/lire-vente-en-ligne-signature-d-une-charte-de-confiance-43277.html' },
  parisgoodfashion: { description: { fr: 'Article sur les signataires de la charte environnementale du e-commerce de la FEVAD', en: 'Article on the signatories of FEVAD’s environmental charter for e-commerce' }, publisher: 'Paris Good Fashion', kind: 'trade', url: 'https://parisgoodfashion.fr/fr/news/e-commerce-18-nouveaux-signataires-pour-la-charte-environnementale-356' },
} as const satisfies Record<string, Omit<Source, 'id'>>;

export type SourceId = keyof typeof SOURCES;

/**
 * What a source is called in the UI: its real title (French, typeset), or our description of it
 * in the reader's language, which the UI styles apart so it never passes for a title.
 */
export function sourceLabel(source: Pick<Source, 'title' | 'description'>, lang: Lang): { text: string; isDescription: boolean } {
  if (source.title) return { text: typesetFrench(source.title), isDescription: false };
  return { text: source.description ? pick(source.description, lang) : '', isDescription: true };
}

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
