/**
 * "Raise it gently": while someone writes to their partner about something that hurts, the
 * coach points out wording that tends to land as an attack — absolutes, name-calling, contempt,
 * sarcasm, mind-reading, blame — and offers a rewrite in the shape "I feel … about … and I need
 * …". Harsh start-ups predict how a conversation ends (Gottman & Levenson, 1999); the rewrite is
 * the "XYZ"/I-statement form of that research. The rules are plain data per language, every flag
 * says why and what to try instead, nothing here needs a network, and the result is only advice:
 * the app never holds a message back because of it.
 */
import { englishCoachRules } from './coach-rules.en';

export const coachFlagKinds = [
  'absolute',
  'name_calling',
  'contempt',
  'sarcasm',
  'mind_reading',
  'blame',
] as const;
/** 'absolute': you always / you never; 'blame': "it's your fault", "you made me …". */
export type CoachFlagKind = (typeof coachFlagKinds)[number];

export interface CoachFlag {
  kind: CoachFlagKind;
  /** Stable id of the rule that matched, e.g. 'en.absolute.you-always'. */
  ruleId: string;
  /** UTF-16 offsets into the text as written. */
  start: number;
  end: number;
  /** text.slice(start, end) */
  match: string;
  /** One sentence: why this can land as an attack. */
  why: string;
  /** One short tip on what to say instead. */
  instead: string;
}

export interface CoachResult {
  /** Sorted by start; never overlapping. */
  flags: CoachFlag[];
  /**
   * "I feel … about … and I need …", filled from the message where the rules can, else with "…"
   * placeholders; null when nothing was flagged (a message with nothing to soften needs no
   * rewrite).
   */
  suggestion: string | null;
}

export interface CoachRule {
  /** Stable, `<language>.<kind>.<name>`: saved feedback and the web refer to it. */
  id: string;
  kind: CoachFlagKind;
  /**
   * Regular-expression sources in lower case, matched against the text lower-cased (several
   * times faster than case-insensitive patterns), with its whitespace runs read as one space
   * and curly apostrophes as "'". A match must start and end on a word boundary. `{name}`
   * (lower-case, so `\p{L}` is left alone) stands for the lexicon's list of that name. Keep
   * them linear: nothing like `(a+)+`, whose backtracking grows exponentially with the input.
   */
  patterns: string[];
  /** Near-misses: a match is dropped when one of these matches at the same place. */
  except?: string[];
  /** Whether the words after a match usually name the subject ("you never do *the dishes*"). */
  topicFollows?: boolean;
  why: string;
  instead: string;
}

/** Words the rewrite uses to find what a message is about; all compared lower-cased. */
export interface CoachTopicWords {
  /** Words after which the subject starts wherever they appear: "about". */
  markers: string[];
  /** Words a subject may begin with right after a flagged phrase: "the", "your", … */
  starts: string[];
  /** How many words (a verb, a preposition) may come between the phrase and the subject. */
  maxSkip: number;
  /** Words that end the subject: "when", "because", "again", … */
  stops: string[];
  /** The subject's longest acceptable length; anything longer is left as "…". */
  maxWords: number;
  /** Replacements for the subject's first word ("your" → "the"). */
  leadingSwaps: Record<string, string>;
  /** Replacements anywhere else in it ("your" → "our"). */
  swaps: Record<string, string>;
}

export interface CoachRuleSet {
  /** A BCP 47 primary language subtag: 'en'. */
  language: string;
  /** Named word lists patterns refer to as `{name}`; each entry is a regex source. */
  lexicon: Record<string, string[]>;
  rules: CoachRule[];
  suggestion: {
    /** The rewrite, with `{topic}` where the subject goes. */
    template: string;
    /** What stands in for a subject the rules could not find. */
    unknownTopic: string;
    topic: CoachTopicWords;
  };
}

/** Rule sets by language; another language is one more data file and one more entry here. */
export const coachRuleSets: Record<string, CoachRuleSet> = { en: englishCoachRules };

/** The rule set for a language tag ('en', 'en-GB'), falling back to English. */
export function coachRuleSetFor(language = 'en'): CoachRuleSet {
  const tag = language.toLowerCase();
  const primary = tag.split(/[-_]/)[0] ?? tag;
  for (const key of [tag, primary]) {
    // Own keys only: 'constructor' or '__proto__' must not find Object's.
    if (Object.hasOwn(coachRuleSets, key)) return coachRuleSets[key]!;
  }
  return englishCoachRules;
}

export function coachMessage(text: string, options: { language?: string } = {}): CoachResult {
  const ruleSet = coachRuleSetFor(options.language);
  const rules = compiled(ruleSet);
  const { normalized, origin } = normalize(text);
  const matches = findMatches(rules, lowerCase(normalized));
  const flags = matches.map(({ rule, start, end }): CoachFlag => {
    // A match ends on a character, so its end maps through that character's origin.
    const from = origin ? origin[start]! : start;
    const to = origin ? origin[end - 1]! + 1 : end;
    const { kind, id, why, instead } = rule;
    return { kind, ruleId: id, start: from, end: to, match: text.slice(from, to), why, instead };
  });
  if (flags.length === 0) return { flags, suggestion: null };
  return { flags, suggestion: suggest(ruleSet, rules, normalized, matches) };
}

interface CompiledRule {
  rule: CoachRule;
  order: number;
  pattern: RegExp;
  except: RegExp | null;
}

interface Match {
  rule: CoachRule;
  order: number;
  start: number;
  end: number;
}

const cache = new WeakMap<CoachRuleSet, CompiledRule[]>();

function compiled(ruleSet: CoachRuleSet): CompiledRule[] {
  let rules = cache.get(ruleSet);
  if (!rules) {
    rules = ruleSet.rules.map((rule, order) => ({
      rule,
      order,
      pattern: compile(ruleSet, rule, rule.patterns, 'gu'),
      except: rule.except?.length ? compile(ruleSet, rule, rule.except, 'uy') : null,
    }));
    cache.set(ruleSet, rules);
  }
  return rules;
}

function compile(ruleSet: CoachRuleSet, rule: CoachRule, sources: string[], flags: string) {
  const expand = (source: string) =>
    source.replace(/(?<!\\[pP])\{([a-z][a-zA-Z]*)\}/g, (_, name: string) => {
      const words = ruleSet.lexicon[name];
      if (!Object.hasOwn(ruleSet.lexicon, name) || !words?.length) {
        throw new Error(`Coach rule ${rule.id}: no lexicon list named {${name}}`);
      }
      // Longest first, so "drama queen" is preferred to "drama" where both would fit.
      return `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`;
    });
  const body = sources.map((source) => `(?:${expand(source)})`).join('|');
  try {
    return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, flags);
  } catch (error) {
    throw new Error(`Coach rule ${rule.id}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * The text in lower case, character for character: the rare letter whose lower case is longer
 * ("İ") is left as it is, so that offsets still line up.
 */
function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let same = '';
  for (const char of text) {
    const low = char.toLowerCase();
    same += low.length === char.length ? low : char;
  }
  return same;
}

/**
 * Every rule's matches, then the earliest-starting, longest one wherever two overlap (the rule
 * listed first on a tie), so the highlights never cross and the same text always gives the same
 * flags.
 */
function findMatches(rules: CompiledRule[], text: string): Match[] {
  const found: Match[] = [];
  for (const { rule, order, pattern, except } of rules) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        pattern.lastIndex++; // a pattern that can match nothing must not stall the loop
        continue;
      }
      if (except) {
        except.lastIndex = start;
        if (except.test(text)) continue;
      }
      found.push({ rule, order, start, end });
    }
  }
  found.sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.order - b.order,
  );
  const kept: Match[] = [];
  for (const match of found) {
    if (match.start >= (kept.at(-1)?.end ?? 0)) kept.push(match);
  }
  return kept;
}

const spaceOrApostrophe = /\s\s|[^\S ]|[\u2018\u2019\u02BC]/;

/**
 * The text with each whitespace run as one space and curly apostrophes as "'", so a rule need
 * not spell out every way of typing "you're". `origin[i]` is where normalized character i was
 * in the text; null when nothing changed.
 */
function normalize(text: string): { normalized: string; origin: Int32Array | null } {
  if (!spaceOrApostrophe.test(text)) return { normalized: text, origin: null };
  const origin = new Int32Array(text.length);
  let normalized = '';
  let length = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const space = /\s/.test(char);
    if (space && inSpace) continue;
    inSpace = space;
    normalized += space ? ' ' : /[\u2018\u2019\u02BC]/.test(char) ? "'" : char;
    origin[length++] = i;
  }
  return { normalized, origin };
}

/**
 * The rewrite. The subject is looked for first right after a phrase that usually precedes it
 * ("you never do | the dishes"), then after a marker word anywhere outside the flagged phrases
 * ("… about | money"); a subject the coach would itself flag, or none, becomes the placeholder.
 */
function suggest(
  ruleSet: CoachRuleSet,
  rules: CompiledRule[],
  text: string,
  matches: Match[],
): string {
  const { template, unknownTopic, topic: words } = ruleSet.suggestion;
  const gaps = [text.slice(0, matches[0]!.start)];
  matches.forEach((m, i) => gaps.push(text.slice(m.end, matches[i + 1]?.start ?? text.length)));
  const attempts: [stretch: string, followsPhrase: boolean][] = [];
  matches.forEach((m, i) => {
    if (m.rule.topicFollows) attempts.push([gaps[i + 1]!, true]);
  });
  for (const gap of gaps) attempts.push([gap, false]);
  for (const [stretch, followsPhrase] of attempts) {
    const topic = topicIn(stretch, words, followsPhrase);
    if (topic === null) continue;
    const suggestion = template.replace('{topic}', topic);
    if (findMatches(rules, lowerCase(suggestion)).length === 0) return suggestion;
  }
  return template.replace('{topic}', unknownTopic);
}

const clauseEnd = /[.!?;:,\u2026\u2013\u2014()[\]"\u201C\u201D]| - /u;

/**
 * The subject in a stretch of text: after a marker word in any clause, or — when it directly
 * follows a flagged phrase — from a determiner among the first words of the first clause.
 */
function topicIn(stretch: string, words: CoachTopicWords, followsPhrase: boolean): string | null {
  const clauses = followsPhrase ? [stretch.split(clauseEnd, 1)[0]!] : stretch.split(clauseEnd);
  // A subject longer than a few words is not worth reading past; the cap keeps long input cheap.
  const limit = words.maxSkip + words.maxWords + 8;
  for (const clause of clauses) {
    const tokens = clause.trim().split(' ', limit);
    const lower = tokens.map((t) => t.toLowerCase());
    let from = -1;
    let stop = -1;
    for (let i = 0; i < lower.length && from < 0; i++) {
      if (words.markers.includes(lower[i]!)) from = i + 1;
    }
    for (let i = 0; i <= words.maxSkip && i < lower.length && from < 0 && followsPhrase; i++) {
      // "you never call when the kids …": a determiner after "when" starts another thought.
      if (words.stops.includes(lower[i]!)) break;
      if (words.starts.includes(lower[i]!)) from = i;
    }
    if (from < 0) continue;
    for (let i = from; i < lower.length && stop < 0; i++) {
      if (words.stops.includes(lower[i]!)) stop = i;
    }
    // Cut off by the limit, the subject might be longer than it looks.
    if (stop < 0 && tokens.length === limit) continue;
    const subject = tokens.slice(from, stop < 0 ? tokens.length : stop).filter(Boolean);
    if (subject.length === 0 || subject.length > words.maxWords) continue;
    return subject
      .map((word, i) => {
        const swaps = i === 0 ? words.leadingSwaps : words.swaps;
        const key = word.toLowerCase();
        return Object.hasOwn(swaps, key) ? swaps[key]! : word;
      })
      .join(' ');
  }
  return null;
}
