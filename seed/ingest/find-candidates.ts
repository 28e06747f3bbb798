/**
 * New entities: capitalised names and chip-like model codes that the gazetteer does not know,
 * proposed with a guessed type when a cue word says what they are ("société X", "X Inc.",
 * "ministère …", "X, CEO of", "a déclaré"), flagged `isNew`, with a slug id. Conservative by
 * design: a name without a cue, a sentence-initial word, a month, a weekday or a news outlet is
 * not proposed.
 */
import type { EntityType } from '../../schema/vocabulary.ts';
import { isChipContext } from './is-chip-context.ts';
import { PLACES } from './relations/nationality.ts';
import { NATIONALITY_ADJECTIVES } from './government-metonymy.ts';
import { fold, slugify } from '../../schema/fold-text.ts';
import type { Token } from './tokenize.ts';

export interface CandidateMention {
  entityId: string;
  type: EntityType;
  name: string;
  text: string;
  start: number;
  end: number;
  sentence: number;
  rule: string;
}

export interface FindCandidatesInput {
  text: string;
  tokens: readonly Token[];
  /** Sentence index of each token (-1 outside the body). */
  sentenceOfToken: readonly number[];
  /** Token indexes already covered by a known entity or a policy. */
  covered: ReadonlySet<number>;
  /** Token indexes covered by a known company: an unknown name listed beside one is a company too. */
  companyTokens?: ReadonlySet<number>;
  /** Ids already used by the gazetteer: a candidate never takes one. */
  knownIds: ReadonlySet<string>;
}

/** Folded words that are never (part of) a new entity's name. */
const NOT_NAMES = new Set([
  // months and weekdays
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  // news outlets
  'reuters', 'bloomberg', 'afp', 'ap', 'nikkei', 'xinhua', 'cnbc', 'cnn', 'bbc', 'caixin', 'scmp', 'axios', 'politico',
  // roles, titles and common capitalised words
  'ceo', 'pdg', 'cfo', 'cto', 'president', 'secretary', 'minister', 'ministre', 'senator', 'chairman', 'mr', 'mrs', 'ms', 'dr', 'm', 'mme',
  'republican', 'republicans', 'democrat', 'democrats', 'democratic', 'sen', 'rep',
  'ai', 'ia', 'gpu', 'gpus', 'cpu', 'hbm', 'duv', 'euv', 'q1', 'q2', 'q3', 'q4', 'fy', 'nm', 'ok', 'tv',
]);

/** Function words that open sentences ("In Beijing, a spokesman…"), never names when written so (not "ON Semiconductor"). */
const OPENERS = new Set(['in', 'on', 'at', 'for', 'from', 'with', 'after', 'before', 'since', 'while', 'when', 'as', 'if', 'but', 'and', 'under',
  'dans', 'en', 'pour', 'avec', 'depuis', 'selon', 'apres', 'avant', 'chez', 'sur', 'sous', 'mais', 'et', 'ou', 'face',
  'its', 'their', 'his', 'her', 'our', 'the', 'a', 'an', 'this', 'these', 'those',
  'le', 'la', 'les', 'un', 'une', 'ses', 'son', 'sa', 'leur', 'leurs', 'ce', 'cette', 'ces']);

/** Multi-word outlets, folded. */
const OUTLETS = ['financial times', 'wall street journal', 'new york times', 'washington post', 'the information', 'le monde',
  'les echos', 'le figaro', 'south china morning post', 'global times', 'the verge', 'tom\'s hardware', 'nikkei asia', 'la tribune', 'l\'usine nouvelle'];

/** Words that make a name into a compound adjective after a hyphen ("Shanghai-based"). */
const COMPOUND_TAILS = new Set(['based', 'owned', 'led', 'made', 'backed', 'run', 'listed', 'era', 'style', 'funded', 'linked', 'controlled', 'affiliated',
  'designed', 'built', 'class', 'type', 'sized', 'focused', 'only', 'specific', 'bound', 'centric', 'friendly', 'like', 'related', 'level', 'grade', 'wide', 'free']);
/** Legal forms, left out of a new company's name and id (folded). */
const LEGAL_FORMS = new Set(['inc', 'corp', 'corporation', 'ltd', 'limited', 'co', 'sa', 'ag', 'gmbh', 'plc', 'llc', 'bv', 'nv']);
const COMPANY_SUFFIX = new Set(['inc', 'corp', 'corporation', 'ltd', 'limited', 'co', 'technologies', 'technology', 'group', 'holdings', 'semiconductor', 'semiconductors', 'systems', 'labs', 'sa', 'ag', 'gmbh', 'plc', 'llc', 'microelectronics', 'electronics']);
/** Nouns that say the name after them is a company ("the chipmaker X", "Chinese toolmakers X and Y", "les fabricants X et Y"). */
const COMPANY_BEFORE = new Set(['societe', 'groupe', 'fabricant', 'start-up', 'startup', 'firme', 'entreprise', 'company', 'firm', 'chipmaker', 'maker', 'fondeur', 'designer', 'concepteur', 'equipementier', 'rival', 'concurrent', 'client', 'customer',
  'toolmaker', 'supplier', 'manufacturer', 'vendor', 'foundry', 'competitor', 'fournisseur', 'constructeur', 'editeur', 'operator', 'operateur', 'assembler', 'packager', 'cabinet']
  .flatMap((word) => [word, `${word}s`, `${word}x`]).concat(['companies', 'foundries', 'societes', 'start-ups', 'entreprises']));
/** Words that open a list of names: "suppliers including X", "des groupes comme X", "such as X". */
const LIST_OPENERS = new Set(['including', 'as', 'like', 'namely', 'notamment', 'comme', 'dont', 'que', ':']);
/** Words that join names of one list: "X, Y and Z", "X et Y". */
const LIST_JOINERS = new Set([',', 'and', 'or', 'et', 'ou', '&']);
/** Small words inside the name of a ministry or an agency. */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'on', 'de', 'des', 'du', 'la', 'l', 'd', "l'", "d'", 'et', 'pour']);
const GOVERNMENT_WORDS = new Set(['ministry', 'ministere', 'department', 'departement', 'administration', 'commission', 'bureau', 'agency', 'agence', 'office', 'council', 'conseil', 'parliament', 'parlement', 'senate', 'senat', 'regulator', 'authority', 'autorite']);
const PERSON_BEFORE = new Set(['ceo', 'pdg', 'patron', 'president', 'presidente', 'secretaire', 'secretary', 'ministre', 'minister', 'directeur', 'directrice', 'founder', 'fondateur', 'fondatrice', 'chairman', 'chairwoman', 'executive', 'boss', 'spokesperson', 'spokesman', 'porte-parole', 'analyst', 'analyste', 'senator', 'senateur', 'm', 'mme', 'mr', 'mrs', 'ms', 'dr', 'par', 'by', 'representative', 'commissioner', 'commissaire', 'dirigeant', 'dirigeante', 'officer', 'cfo', 'coo', 'cto', 'spokeswoman', 'lawmaker', 'congressman', 'congresswoman', 'republican', 'democrat', 'governor', 'ambassador', 'ambassadeur', 'ambassadrice', 'deputy', 'depute', 'deputee', 'economist', 'economiste', 'researcher', 'chercheur', 'chercheuse', 'co-founder', 'cofounder', 'cofondateur', 'cofondatrice', 'chancellor', 'premier', 'vice-president', 'vice-presidente',
  'sheikh', 'cheikh', 'prince', 'princesse', 'princess', 'king', 'roi', 'emir', 'heritier', 'sen', 'rep', 'gov', 'senatrice', 'chercheur', 'professor', 'professeur', 'investor', 'investisseur']);
/** Lower-case particles inside a person's name ("Tahnoun bin Zayed", "Ursula von der Leyen"), folded. */
const NAME_PARTICLES = new Set(['bin', 'ben', 'bint', 'al', 'el', 'van', 'von', 'der', 'den', 'di', 'da', 'dos', 'del']);
/** Words after which a quoted person is named (folded). */
const SAYS_BEFORE = new Set(['said', 'says', 'added', 'warned', 'wrote', 'told', 'argued', 'argues', 'noted', 'notes', 'selon', 'explique', 'estime', 'souligne', 'ajoute', 'resume', 'affirme', 'indique', 'precise', 'declare', 'confie', 'note', 'rappelle', 'previent', 'reconnait', 'assure', 'juge', 'insiste', 'observe', 'commente']);
const PERSON_AFTER = /^\s*(?:,\s*\d{2}\s*(?:,|ans\b)|,\s*(?:the |le |la |l')?(?:[a-z-]+(?:'s)? )?(?:ceo|pdg|patron|boss|dirigeant|chief|president|presidente|founder|fondat|cofondat|co-founder|chair|head|directeur|directrice|secretary|secretaire|minist|analyst|analyste|spokes|porte-parole|senator|senateur|republican|democrat|lawmaker|governor|ambassad|deputy|depute|economist|economiste|researcher|chercheu|cfo|vice)|(?:,\s*)?who (?:chairs|heads|leads|runs|founded)|(?:,\s*)?qui (?:dirige|preside|a fonde)|(?:said|says|told|added|wrote|explained|stated|warned|(?:a|avait|aurait) (?:[a-z]+ )?(?:declare|confirme|indique|affirme|annonce|explique|precise|ajoute|assure|reconnu|laisse entendre|estime|juge|promis|averti|souligne)|s'est dit|declare|estime|explique|affirme))/;

/** After a name set off by commas: the person speaks ("…'s president, He Tingbo, said", "…, He Tingbo, a expliqué"). */
const APPOSITIVE_SPEAKS = /^\s*,\s*(?:said|says|told|added|wrote|explained|warned|stated|(?:a|avait) (?:[a-z]+ )?(?:declare|explique|indique|affirme|precise|ajoute|assure|souligne|estime|annonce|confirme|reconnu|averti)|declare|explique|estime|affirme)\b/;
/** After a name: an apposition, then a verb of saying ("Annemie Turtelboom, the member who led the audit, said"). */
const APPOSITION_THEN_SPEAKS = /^\s*,\s*(?:the|a|an|le|la|l'|un|une)\s[^,.;:]{1,70},\s*(?:said|says|told|added|warned|wrote|(?:a|avait) (?:declare|explique|indique|affirme|precise|ajoute|estime|souligne))\b/;
/**
 * After a name: an appositive that says what kind of company it is ("iFlytek, a Hefei-based
 * speech-recognition company,", "Zhipu, une start-up pékinoise qui"). The kind noun must end the
 * phrase: "Meanwhile, a company spokesman said" is no company.
 */
const APPOSITIVE_COMPANY = /^\s*,\s*(?:a|an|une?)\s+(?:(?!(?:que|qu'|le|la|les|l'|de|du|des)\s)[\p{L}'-]+\s+){0,3}?(?:company|firm|chipmaker|maker|start-?up|designer|supplier|manufacturer|foundry|group|developer|provider|giant|conglomerate|specialist|consultancy|bank|fund|societe|groupe|fabricant|fondeur|concepteur|specialiste|geant|editeur|equipementier|firme|entreprise|jeune pousse|cabinet|banque|fonds)(?:\s+[\p{L}'-]+)?\s*(?:[,.;:)]|that\b|which\b|whose\b|based\b|qui\b|dont\b|with\b|in\b|from\b|de\b|du\b|d')/u;
/** After a name: a relative clause that places a company's seat ("Amkor, which is headquartered in Tempe"). */
const HEADQUARTERED_AFTER = /^\s*,\s*(?:which|that|qui)\s+(?:is\s+|was\s+|est\s+|a\s+)?(?:headquartered|based|basee?|son siege)\s+(?:in|a|en|au)\b/;

const MODEL_CODE = /^[A-Z]{1,3}\d{2,4}[A-Z]{0,2}$|^(?:HBM|GDDR|LPDDR)\d[A-Z]?$/;
const YEAR_LIKE = /^(?:FY|CY|Q|H)\d+$|^[A-Z]{0,2}(?:19|20)\d\d$/;

export function findCandidates(input: FindCandidatesInput): CandidateMention[] {
  const { tokens, sentenceOfToken, covered, text } = input;
  const out: CandidateMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    const sentence = sentenceOfToken[i] ?? -1;
    // Titles and other capitalised non-names ("CEO", "President") never start a name.
    if (!token || sentence < 0 || covered.has(i) || !token.isWord || !startsName(token) || NOT_NAMES.has(token.folded) || isOpener(token)) { i++; continue; }
    // A run of capitalised words, hyphens and "&" inside one sentence.
    let j = i + 1;
    while (j < tokens.length && !covered.has(j) && sentenceOfToken[j] === sentence) {
      const t = tokens[j];
      const previous = tokens[j - 1];
      if (!t || !previous) break;
      const adjacent = t.start === previous.end;
      if (t.isWord && t.capitalised && !NOT_NAMES.has(t.folded)) { j++; continue; }
      // "Tahnoun bin Zayed": a lower-case particle between two capitalised words of a name.
      if (t.isWord && NAME_PARTICLES.has(t.text) && previous.capitalised && tokens[j + 1]?.capitalised && sentenceOfToken[j + 1] === sentence) { j++; continue; }
      // "Ministry of Economic Affairs", "Ministère de l'Économie": a government word's name goes on past "of", "de"…
      if (NAME_JOINERS.has(t.folded) && tokens[j + 1]?.capitalised && tokens.slice(i, j).some((u) => GOVERNMENT_WORDS.has(u.folded))) { j++; continue; }
      if ((t.text === '-' || t.text === '&') && adjacent && tokens[j + 1]?.capitalised) { j++; continue; }
      // "Young-hyun": a hyphenated given name, not a compound ("Shanghai-based", "Biden-era").
      const after = tokens[j + 1];
      if (t.text === '-' && adjacent && previous.capitalised && after?.isWord && after.start === t.end && /^\p{Ll}+$/u.test(after.text) && !COMPOUND_TAILS.has(after.folded)) { j += 2; continue; }
      if (t.isWord && adjacent && previous.text === '-') { j++; continue; }
      break;
    }
    // A capitalised sentence opener before a longer name ("Yesterday Howard Lutnick") is not part of it.
    const opensSentence = i === 0 || sentenceOfToken[i - 1] !== sentence;
    const from = opensSentence && j - i >= 3 ? i + 1 : i;
    const run = tokens.slice(from, j);
    const candidate = classify(input, from, j, run) ?? listedAfter(input, out, from, j, run) ?? listedWithKnown(input, from, j, run);
    if (candidate) out.push({ ...candidate, sentence });
    i = j;
  }
  void text;
  return out;
}

function classify(input: FindCandidatesInput, i: number, j: number, run: readonly Token[]): Omit<CandidateMention, 'sentence'> | undefined {
  const { tokens, sentenceOfToken, text } = input;
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return undefined;
  const folded = run.map((t) => t.folded).join(' ');
  if (run.every((t) => NOT_NAMES.has(t.folded) || !t.isWord)) return undefined;
  if (OUTLETS.some((outlet) => folded === outlet || folded.startsWith(`${outlet} `) || folded.endsWith(` ${outlet}`))) return undefined;
  const sentenceStart = i === 0 || sentenceOfToken[i - 1] !== sentenceOfToken[i];
  const before = tokens[i - 1]?.folded ?? '';
  const before2 = tokens[i - 2]?.folded ?? '';
  const after = tokens[j]?.folded ?? '';
  const name = text.slice(first.start, last.end);
  const make = (type: EntityType, rule: string): Omit<CandidateMention, 'sentence'> | undefined => {
    // "ALX Solutions Inc" is ALX Solutions: a legal form is no part of the name the entity goes by.
    const bare = type === 'Company' && words.length >= 2 && LEGAL_FORMS.has(last.folded) ? text.slice(first.start, (words[words.length - 2] ?? last).end) : name;
    const id = slugify(bare);
    if (id.length < 2 || input.knownIds.has(id)) return undefined;
    return { entityId: id, type, name: bare, text: name, start: first.start, end: last.end, rule };
  };
  const words = run.filter((t) => t.isWord);
  // A country the gazetteer does not know is a new government ("Russia", "la Pologne"); another place is no new entity ("Santa Clara").
  if (COUNTRY_NAMES.has(folded)) return make('Government', 'new.country');
  if (PLACES.has(folded)) return undefined;
  // Model codes: "B40", "MI308X", in chip context.
  if (run.length === 1 && MODEL_CODE.test(first.text) && !YEAR_LIKE.test(first.text) && isChipContext(tokens, i)) {
    return make('Chip', 'new.model-code');
  }
  const tailFolded = fold(text.slice(last.end, last.end + 90));
  if (words.length <= 3 && APPOSITIVE_COMPANY.test(tailFolded)) return make('Company', 'new.company-appositive');
  if (words.length <= 3 && HEADQUARTERED_AFTER.test(tailFolded)) return make('Company', 'new.company-seat');
  // "Taiwan's SPIL", "the Netherlands' NXP": one unknown name owned by a country is one of its companies.
  if (words.length === 1 && !sentenceStart && isCountryPossessive(input, i)) return make('Company', 'new.company-of-country');
  // "Packaging specialists such as Amkor", "des banques comme ICBC": a company word opens the list.
  if (words.length <= 3 && !sentenceStart && companyListOpened(input, i)) return make('Company', 'new.company-cue');
  if (sentenceStart && run.length === 1) return undefined;
  // "its own Grace processor", "la puce Kirin 9000S": a name that a chip word qualifies.
  const chip = chipNamed(input, i, j);
  if (chip) return chip;
  if (words.some((t) => GOVERNMENT_WORDS.has(t.folded)) && words.length >= 2) return make('Government', 'new.government-word');
  if (COMPANY_SUFFIX.has(last.folded) && words.length >= 2) return make('Company', 'new.company-suffix');
  if (COMPANY_SUFFIX.has(after) && !COMPANY_SUFFIX.has(last.folded)) {
    return undefined; // the suffix is lower case or cut off: too unsure
  }
  if (COMPANY_BEFORE.has(before) && !sentenceStart && words.length <= 3) return make('Company', 'new.company-cue');
  // Two or three capitalised words; a hyphenated given name counts as one ("Jun Young-hyun").
  const parts = name.split(/\s+/);
  const named = parts.filter((part) => !NAME_PARTICLES.has(part));
  const personShaped = named.length >= 2 && named.length <= 3 && parts.length <= 4 && NAME_PARTICLES.has(parts[1] ?? '') === parts.length > named.length
    && named.every((part) => /^\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)?$/u.test(part));
  if (personShaped) {
    const tail = input.text.slice(last.end, last.end + 40);
    // "…, said Gao Feng", "according to Ben Bajarin", "selon Dan Wang": a person quoted after the verb.
    const quotedAfter = SAYS_BEFORE.has(before) || (before === 'to' && before2 === 'according');
    const cueBefore = quotedAfter || PERSON_BEFORE.has(before) || PERSON_BEFORE.has(before2) || (before === ',' && PERSON_BEFORE.has(tokens[i - 2]?.folded ?? ''))
      || [3, 4, 5].some((k) => PERSON_BEFORE.has(tokens[i - k]?.folded ?? '') && tokens[i - 1]?.text === ',')
      || roleSetOff(input, i, j);
    const cueAfter = PERSON_AFTER.test(fold(tail)) || (before === ',' && APPOSITIVE_SPEAKS.test(fold(tail)))
      || APPOSITION_THEN_SPEAKS.test(fold(input.text.slice(last.end, last.end + 110)));
    if (cueBefore || cueAfter) return make('Person', 'new.person-cue');
  }
  return undefined;
}

/**
 * A name in a list that a company cue opened: "Chinese toolmakers Piotech and SiCarrier and
 * Wingtech", "les concepteurs Biren, Moore Threads et MetaX". Only commas and "and", "et", "or" may
 * stand between it and the company before it.
 */
function listedAfter(input: FindCandidatesInput, found: readonly CandidateMention[], i: number, j: number, run: readonly Token[]): Omit<CandidateMention, 'sentence'> | undefined {
  const previous = found[found.length - 1];
  const first = run[0];
  const last = run[run.length - 1];
  if (!previous || !first || !last || previous.type !== 'Company' || !previous.rule.startsWith('new.company')) return undefined;
  if (run.length > 3 || input.sentenceOfToken[i] !== input.sentenceOfToken[i - 1]) return undefined;
  let k = i - 1;
  while (k >= 0 && (input.tokens[k]?.start ?? -1) >= previous.end) {
    if (!LIST_JOINERS.has(input.tokens[k]?.folded ?? '')) return undefined;
    k--;
  }
  if (k === i - 1) return undefined;
  void j;
  return listedCompany(input, first, last, 'new.company-listed');
}

function isOpener(token: Token): boolean {
  return OPENERS.has(token.folded) && /^\p{Lu}\p{Ll}*$/u.test(token.text);
}

/** A word that may open a name: capitalised, or a lower-case letter before a capital ("iFlytek", "eBay"). */
function startsName(token: Token): boolean {
  return token.capitalised || /^\p{Ll}\p{Lu}/u.test(token.text);
}

/**
 * A name listed beside a known company, joined only by commas and "and", "et", "or":
 * "Texas Instruments, Analog Devices, Broadcom and ON Semiconductor", "Analog Devices et Texas Instruments".
 */
function listedWithKnown(input: FindCandidatesInput, i: number, j: number, run: readonly Token[]): Omit<CandidateMention, 'sentence'> | undefined {
  const { tokens, sentenceOfToken, companyTokens } = input;
  const first = run[0];
  const last = run[run.length - 1];
  if (!companyTokens || !first || !last || run.length > 3 || !run.every((t) => t.isWord || t.text === '-' || t.text === '&')) return undefined;
  const sentence = sentenceOfToken[i];
  // What stands before the name opens a list: a joiner, "including", "comme", a company word ("suppliers"), the sentence's start.
  const previous = tokens[i - 1];
  if (previous && sentenceOfToken[i - 1] === sentence && !LIST_JOINERS.has(previous.folded) && !LIST_OPENERS.has(previous.folded) && !COMPANY_BEFORE.has(previous.folded)) return undefined;
  const reaches = (from: number, step: 1 | -1): boolean => {
    let k = from;
    let joined = false;
    while (k >= 0 && k < tokens.length && sentenceOfToken[k] === sentence && LIST_JOINERS.has(tokens[k]?.folded ?? '')) { k += step; joined = true; }
    return joined && companyTokens.has(k);
  };
  if (!reaches(i - 1, -1) && !reaches(j, 1)) return undefined;
  return listedCompany(input, first, last, 'new.company-listed-with-known');
}

/** A company named in a list, from its first to its last token, unless its id is taken. */
function listedCompany(input: FindCandidatesInput, first: Token, last: Token, rule: string): Omit<CandidateMention, 'sentence'> | undefined {
  const name = input.text.slice(first.start, last.end);
  const id = slugify(name);
  if (id.length < 2 || input.knownIds.has(id)) return undefined;
  return { entityId: id, type: 'Company', name, text: name, start: first.start, end: last.end, rule };
}

/**
 * "La ministre néerlandaise du Commerce extérieur, Liesje Schreinemacher, a…", "the former head of
 * the fund's manager, Ding Wenwu, was…": a name set off by commas right after a role and its complement.
 */
function roleSetOff(input: FindCandidatesInput, i: number, j: number): boolean {
  const { tokens, sentenceOfToken } = input;
  if (tokens[i - 1]?.text !== ',' || tokens[j]?.text !== ',') return false;
  for (let k = 2; k <= 10; k++) {
    const token = tokens[i - k];
    if (!token || sentenceOfToken[i - k] !== sentenceOfToken[i] || token.text === ',' || token.text === ';') return false;
    if (PERSON_BEFORE.has(token.folded) && token.folded.length > 2) return true;
  }
  return false;
}

/** "Taiwan's", "the Netherlands'" right before the token at `i`. */
function isCountryPossessive(input: FindCandidatesInput, i: number): boolean {
  const { tokens } = input;
  const apostrophe = tokens[i - 1]?.text === 's' ? i - 2 : i - 1;
  const mark = tokens[apostrophe];
  if (!mark || !/^['’]$/.test(mark.text)) return false;
  // "Taiwan's", "the Netherlands'": the owner, the mark and the "s" are written in one piece.
  if (apostrophe === i - 2 && tokens[i - 1]?.start !== mark.end) return false;
  const owner = tokens[apostrophe - 1];
  return owner !== undefined && owner.end === mark.start && (COUNTRY_NAMES.has(owner.folded) || owner.folded === 'america' || owner.folded === 'korea');
}

/** Countries and states, in English and French (folded): named alone, each is a government. */
const COUNTRY_NAMES: ReadonlySet<string> = new Set([
  'china', 'chine', 'taiwan', 'japan', 'japon', 'south korea', 'coree du sud', 'north korea', 'coree du nord', 'netherlands', 'pays-bas', 'israel', 'singapore', 'singapour',
  'malaysia', 'malaisie', 'britain', 'united kingdom', 'royaume-uni', 'germany', 'allemagne', 'france', 'india', 'inde', 'canada', 'vietnam', 'thailand', 'thailande',
  'indonesia', 'indonesie', 'philippines', 'mexico', 'mexique', 'brazil', 'bresil', 'australia', 'australie', 'ireland', 'irlande', 'italy', 'italie', 'switzerland', 'suisse',
  'saudi arabia', 'arabie saoudite', 'qatar', 'russia', 'russie', 'united arab emirates', 'poland', 'pologne', 'spain', 'espagne', 'sweden', 'suede', 'finland', 'finlande',
  'norway', 'norvege', 'belgium', 'belgique', 'austria', 'autriche', 'turquie', 'iran', 'pakistan', 'egypt', 'egypte', 'south africa', 'afrique du sud',
  'argentina', 'argentine', 'chile', 'chili', 'kazakhstan', 'ukraine', 'hungary', 'hongrie', 'czech republic', 'republique tcheque', 'portugal', 'greece', 'grece',
  'denmark', 'danemark', 'new zealand', 'nouvelle-zelande', 'cambodia', 'cambodge', 'bangladesh', 'sri lanka', 'nigeria', 'kenya', 'morocco', 'maroc', 'jordanie',
  'bahrain', 'bahrein', 'kuwait', 'koweit', 'oman', 'armenia', 'armenie', 'belarus', 'bielorussie', 'cuba', 'venezuela', 'syria', 'syrie', 'myanmar', 'laos',
]);

/** A list opened by a company word: "specialists such as", "des banques comme", "suppliers including". */
function companyListOpened(input: FindCandidatesInput, i: number): boolean {
  const { tokens, sentenceOfToken } = input;
  const before = tokens[i - 1]?.folded ?? '';
  let k = i - 1;
  if (before === 'as' && tokens[i - 2]?.folded === 'such') k = i - 3;
  else if (before === 'including' || before === 'like' || before === 'comme' || before === 'notamment') k = i - 2;
  else if (before === 'lesquels' || before === 'lesquelles') k = tokens[i - 2]?.folded === 'parmi' ? i - 3 : -1;
  else if ((before === 'them' && tokens[i - 2]?.folded === 'among') || ((before === 'eux' || before === 'elles') && tokens[i - 2]?.folded === 'parmi')) k = i - 3;
  else return false;
  if (tokens[k]?.text === ',') k--;
  const head = tokens[k]?.folded ?? '';
  return k >= 0 && sentenceOfToken[k] === sentenceOfToken[i] && (COMPANY_BEFORE.has(head) || LIST_HEADS.has(head));
}

/** Plural nouns for kinds of company that open a list of them ("test specialists such as Amkor", "des banques comme ICBC"). */
const LIST_HEADS: ReadonlySet<string> = new Set(['specialists', 'specialistes', 'banks', 'banques', 'lenders', 'funds', 'fonds', 'investors', 'investisseurs', 'groups', 'firms']);

/** Chip words after a name ("Grace processor") or before it ("la puce Kirin"), folded. */
const CHIP_AFTER = new Set(['processor', 'processors', 'chip', 'chips', 'accelerator', 'accelerators', 'gpu', 'gpus', 'cpu', 'cpus', 'npu', 'soc']);
const CHIP_BEFORE = new Set(['puce', 'puces', 'processeur', 'processeurs', 'accelerateur', 'accelerateurs']);

/** A one-word name that a chip word qualifies, with a model number after it ("Kirin 9000S"). */
function chipNamed(input: FindCandidatesInput, i: number, j: number): Omit<CandidateMention, 'sentence'> | undefined {
  const { tokens, text } = input;
  const first = tokens[i];
  if (!first || j - i !== 1 || NATIONALITY_ADJECTIVES.has(first.folded) || PLACES.has(first.folded) || /^\p{Lu}+$/u.test(first.text) && first.text.length <= 3) return undefined;
  const number = tokens[j] && /^\d{2,5}[A-Za-z]{0,3}$/.test(tokens[j]?.text ?? '') && tokens[j]?.start === (first.end + 1) ? tokens[j] : undefined;
  const last = number ?? first;
  const after = tokens[number ? j + 1 : j]?.folded ?? '';
  const before = tokens[i - 1]?.folded ?? '';
  if (!CHIP_AFTER.has(after) && !CHIP_BEFORE.has(before)) return undefined;
  const name = text.slice(first.start, last.end);
  const id = slugify(name);
  if (id.length < 2 || input.knownIds.has(id)) return undefined;
  return { entityId: id, type: 'Chip', name, text: name, start: first.start, end: last.end, rule: 'new.chip-word' };
}
