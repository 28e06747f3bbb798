/**
 * What each known policy is about, as words: the rare words of its names, description and summary
 * ("gallium", "HBM", "Micron", "customs", "diffusion"), each weighted by how few policies share it.
 * An everyday phrase ("the US package", "those rules", "la mesure") whose neighbourhood in the
 * article uses enough of one policy's rare words, more than any other's, is read as that policy.
 *
 * Words shared by many policies ("export", "China", "chips") weigh nothing: only what sets one
 * measure apart from the others counts. Years are left to the date checks of `find-policies.ts`.
 */
import { fold } from '../../schema/fold-text.ts';
import type { Gazetteer, GazetteerEntry } from './build-gazetteer.ts';

/** A word shared by more policies than this says nothing about which one is meant. */
const MAX_SHARED = 3;

/** Function words and the common words of news and policy writing, English and French: never a topic (folded, stemmed). */
const STOPWORDS = new Set(`
about above after again against also although among an and another any are around because been before being below between both but
can could did does doing down during each either else even ever every few first for from further had has have having her here hers
him his how however into its itself just last later least less like made make many may might more most much must near neither never
new next not now off once one only onto other others our out over own per perhaps put rather said same says second see seen several
shall she should since some such than that the their them then there these they third this those though three through thus too toward
two under until upon very was were what when where whether which while who whom whose why will with within without would year yet you
first major latest week month day today monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december
aux avec ces cet cette comme dans depuis des deux donc dont elle elles entre est etait ete leur leurs lui mais meme moins nous par
pas plus pour quand que quel quelle qui sans ses son sont sous sur tous tout toute toutes tres une vers alors ainsi avant apres
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche
access accord acquisition adopted affecting affiliate agency agencies agreed aid aimed aligning allow amended amendment answered anywhere
approval approved arrangement asked attached avoid award awarded back become began bill booked breach broke building buying came cancel
capacity capped case catch caught certain chain charge check checked citing claim clause close closed companion competition complete
complex compliance component concern condition confirmed contain containing content contre controlled conversion coordinated country
cover covered covering created credit crisis critical dealing declaration defence demand denial denied denounced derived destination
destined die direct discussion document double driver early effect effective enacted end ending enforce entered equity escalation
especially excluded exempted exemption expanded expanding expansion explain exporting extended extending extension failed fed fee fight
finalise finalised financial finding fine fiscal flag followed following found framework funded funding gain gap gate going grant granted
guaranteeing halt hand immediate import indefinitely industrial initiated innovation instead instruction interface introduced involved
issued issuing item jour kept kind late laws led legal let letter license licence licensing location longer making mandate meant measure
meeting met mid military million billion ministerial mise moved naming need needed needing neutral non nos notice noticed notify
obligation offer official ones opened operator ordered ordering ordre oriented origin outright owned package participation partie pass
past pay penalty penalties percent performance person personal plan policies policy position preliminary presented press presumed
previously price prior proceed produced production produit promised proposed protection providing public quarter questioned raised reach
rebuild receiving recipient refused refusal register regulated reinforced related released remedy remote remove replace replaced reply
reportedly required reserved restricting retaliation review risk roughly route science sector secure sent set ship shipment shipping
shutdown shutting signed similar six social softened sorted spoke stage stake stay stayed stop stricter subject supplement supply
supporting suspended sweeping talk tax telling ten term test testing threaten tier ties tightening time together took total tracking
training transit treatment truth type uniquely unpaid unprecedented update urging use user uses using usually version via warn weight
went western widely widened withdraw wording work world all allies bodies national general part parties began main large largest global
high low export exports exporter chip chips semiconductor semiconductors control controls restriction restrictions rule rules government
puce puces semi-conducteur exportation exportations controle controles regle regles gouvernement
`.split(/\s+/).filter(Boolean).map(stem));

/** A crude stem shared by English and French plurals ("controls", "restrictions", "puces"). */
function stem(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The folded, stemmed words of a text that may say what a policy is about. */
export function topicWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of fold(text).split(/[^a-z0-9]+/)) {
    if (raw.length < 3 || /^(?:19|20)\d\d$/.test(raw) || /^\d{1,2}$/.test(raw)) continue;
    const word = stem(raw);
    if (!STOPWORDS.has(word)) words.add(word);
  }
  return words;
}

export interface PolicyTopic {
  entry: GazetteerEntry;
  /** Rare word -> weight (the log of how many policies there are over how many use it). */
  words: ReadonlyMap<string, number>;
}

const topicsByGazetteer = new WeakMap<Gazetteer, PolicyTopic[]>();

/** A word used by more of the knowledge base's entries than this is common language, not a topic. */
const MAX_COMMON = 4;

/**
 * The topic of every known policy, computed once per gazetteer: the words of its names and text
 * that few other policies and few entries of the whole knowledge base use. Words of other
 * entities' names ("Japan", "Micron") are left out: an entity named near a phrase is weighed as
 * the policy's issuer or target, not twice.
 */
export function policyTopics(gazetteer: Gazetteer): PolicyTopic[] {
  const cached = topicsByGazetteer.get(gazetteer);
  if (cached) return cached;
  const entries = [...gazetteer.entries.values()];
  const wordsOf = new Map(entries.map((entry) => [entry, topicWords([entry.name, ...entry.aliases, entry.about ?? ''].join(' '))]));
  const names = new Set<string>();
  for (const entry of entries) if (entry.type !== 'Policy') for (const name of [entry.name, ...entry.aliases]) for (const word of topicWords(name)) names.add(word);
  const common = new Map<string, number>();
  const shared = new Map<string, number>();
  for (const [entry, words] of wordsOf) {
    for (const word of words) {
      common.set(word, (common.get(word) ?? 0) + 1);
      if (entry.type === 'Policy') shared.set(word, (shared.get(word) ?? 0) + 1);
    }
  }
  const policies = entries.filter((entry) => entry.type === 'Policy');
  const topics = policies.map((entry) => {
    const weighted = new Map<string, number>();
    for (const word of wordsOf.get(entry) ?? []) {
      const uses = common.get(word) ?? 1;
      if (names.has(word) || (shared.get(word) ?? 1) > MAX_SHARED || uses > MAX_COMMON) continue;
      weighted.set(word, Math.log(Math.max(entries.length, 8) / uses));
    }
    return { entry, words: weighted };
  });
  topicsByGazetteer.set(gazetteer, topics);
  return topics;
}

/** How much of a policy's topic a set of words carries, and which words those are. */
export function topicOverlap(topic: PolicyTopic, words: ReadonlySet<string>): { weight: number; matched: string[] } {
  let weight = 0;
  const matched: string[] = [];
  for (const [word, w] of topic.words) {
    if (words.has(word)) {
      weight += w;
      matched.push(word);
    }
  }
  return { weight, matched };
}
