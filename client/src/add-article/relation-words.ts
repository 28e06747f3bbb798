/**
 * The words of a sentence that state a relationship, for highlighting its evidence: stems of the
 * verbs and nouns that express each predicate, in English and French. A reading aid only — the
 * pipeline's own rules decide what is extracted.
 */
import type { Predicate } from '../../../schema/vocabulary.ts';

const STEMS: Record<Predicate, readonly string[]> = {
  MAKES: ['make', 'made', 'maker', 'fabrique', 'produi', 'vend', 'sell'],
  DESIGNS: ['design', 'conçoi', 'conçu', 'develop', 'dévelop'],
  FABRICATES: ['fabricat', 'manufactur', 'foundry', 'fonderie', 'grav', 'produc', 'produi'],
  SELLS_TO: ['sell', 'sold', 'sale', 'vend', 'vente', 'ship', 'export', 'livr', 'marché', 'market'],
  BUYS: ['buy', 'bought', 'purchas', 'achat', 'achète', 'achet', 'acquér', 'order', 'command'],
  COMPETES_WITH: ['compet', 'concurr', 'rival', 'alternative', 'challeng', 'alternativ'],
  ACQUIRES: ['acqui', 'rachat', 'rachète', 'buy', 'takeover', 'merger', 'fusion'],
  SUPPLIES: ['suppl', 'fourni', 'provid', 'vend'],
  HEADQUARTERED_IN: ['based', 'headquarter', 'siège', 'basé', 'chinese', 'chinois', 'american', 'américain', 'taiwanese', 'taïwanais'],
  ISSUES: ['issu', 'impos', 'announc', 'annonc', 'enact', 'adopt', 'introduc', 'instaur', 'open', 'ouvr', 'launch', 'lanc', 'rule', 'require', 'exig'],
  RESCINDS: ['rescind', 'lift', 'levé', 'lève', 'abrog', 'revok', 'révoqu', 'withdr', 'retir', 'annul', 'scrap'],
  TARGETS: ['target', 'vise', 'visant', 'cover', 'concern', 'appl', 'restrict', 'ban', 'interdi', 'licen', 'licence'],
  RESTRICTS_EXPORT_OF: ['restrict', 'ban', 'interdi', 'block', 'bloqu', 'licen', 'export', 'control', 'halt'],
  ALLOWS_EXPORT_OF: ['allow', 'autoris', 'approv', 'approuv', 'permit', 'resum', 'repris', 'reprendre', 'licen', 'export', 'feu vert', 'green light'],
  INVESTIGATES: ['investigat', 'enquête', 'enquêt', 'probe', 'summon', 'convoqu', 'inquiry', 'examin', 'review', 'backdoor', 'porte dérobée', 'sécurité', 'security'],
  URGES_AVOIDANCE_OF: ['urg', 'avoid', 'évit', 'discourag', 'décourag', 'dissuad', 'incit', 'guidance', 'consign', 'recommand', 'told', 'demand'],
  PAYS: ['pay', 'paid', 'vers', 'revenue', 'revenu', 'share', 'part', '%', 'levy', 'tax', 'redevance', 'reverser'],
  LEADS: ['lead', 'ceo', 'chief', 'head', 'président', 'dirig', 'patron', 'pdg', 'founder', 'fondateur', 'secretary', 'secrétaire', 'minister', 'ministre'],
  BASED_ON: ['based', 'basé', 'built on', 'derived', 'dérivé', 'version', 'architecture'],
  SUCCESSOR_OF: ['success', 'replac', 'remplac', 'next', 'prochain', 'new', 'nouveau', 'nouvelle', 'follow'],
  PART_OF: ['agency', 'agence', 'ministry', 'ministère', 'department', 'département', 'bureau', 'administration'],
};

export interface WordSpan {
  start: number;
  end: number;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Spans (offsets into `sentence`) of the words that express `predicate`. */
export function relationWordSpans(sentence: string, predicate: string): WordSpan[] {
  const stems = STEMS[predicate as Predicate];
  if (!stems) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.map(escape).join('|')})[\\p{L}’']*`, 'giu');
  return [...sentence.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
