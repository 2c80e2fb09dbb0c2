import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coachFlagKinds,
  coachMessage,
  coachRuleSetFor,
  coachRuleSets,
  type CoachResult,
  type CoachRuleSet,
} from './coach';
import { englishCoachCorpus } from './coach-corpus.en';
import { englishCoachRules } from './coach-rules.en';

const kindsOf = (result: CoachResult) => [...new Set(result.flags.map((f) => f.kind))].sort();
const flagged = englishCoachCorpus.filter((e) => e.flags.length > 0);
const clean = englishCoachCorpus.filter((e) => e.flags.length === 0);

/** Corpus sentences, stray text and odd whitespace run together, so that flags do occur. */
const message: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...englishCoachCorpus.map((e) => e.text)),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u2019', ', ', '. ', '!', '🙄'),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

/** Any UTF-16 sequence, lone surrogates included. */
const codeUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 200,
});

function expectWellFormed(text: string, result: CoachResult) {
  let end = 0;
  for (const flag of result.flags) {
    expect(flag.start).toBeGreaterThanOrEqual(end); // sorted, not overlapping
    expect(flag.end).toBeGreaterThan(flag.start);
    expect(flag.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(flag.start, flag.end)).toBe(flag.match);
    end = flag.end;
  }
  expect(result.suggestion === null).toBe(result.flags.length === 0);
}

describe('coachMessage: the English corpus', () => {
  it('has at least 120 sentences, 30 of them clean', () => {
    expect(englishCoachCorpus.length).toBeGreaterThanOrEqual(120);
    expect(clean.length).toBeGreaterThanOrEqual(30);
    expect(new Set(englishCoachCorpus.map((e) => e.text)).size).toBe(englishCoachCorpus.length);
  });

  it.each(englishCoachCorpus)('$text → $flags', ({ text, flags }) => {
    expect(kindsOf(coachMessage(text))).toEqual([...new Set(flags)].sort());
  });

  it('exercises every rule, and every kind has a rule', () => {
    const hit = new Set(
      englishCoachCorpus.flatMap((e) => coachMessage(e.text).flags).map((f) => f.ruleId),
    );
    expect(englishCoachRules.rules.map((r) => r.id).filter((id) => !hit.has(id))).toEqual([]);
    expect([...new Set(englishCoachRules.rules.map((r) => r.kind))].sort()).toEqual(
      [...coachFlagKinds].sort(),
    );
  });

  it('gives every rule a unique id of the form <language>.<kind>.<name>, and words to show', () => {
    const ids = englishCoachRules.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of englishCoachRules.rules) {
      expect(rule.id).toMatch(new RegExp(`^en\\.${rule.kind.replace('_', '-')}\\.[a-z-]+$`));
      expect(rule.why.length).toBeGreaterThan(20);
      expect(rule.instead.length).toBeGreaterThan(10);
    }
  });

  it('writes every pattern and word list in lower case, since the text is matched lower-cased', () => {
    const sources = [
      ...Object.values(englishCoachRules.lexicon).flat(),
      ...englishCoachRules.rules.flatMap((r) => [...r.patterns, ...(r.except ?? [])]),
    ];
    const outsideEscapes = (source: string) => source.replace(/\\[pP]\{[^}]*\}|\\[a-zA-Z]/g, '');
    expect(sources.filter((source) => /[A-Z]/.test(outsideEscapes(source)))).toEqual([]);
  });
});

describe('coachMessage: suggestions', () => {
  it.each([
    ['You never do the dishes', 'I feel … about the dishes and I need …'],
    [
      'You always leave your socks on the floor!',
      'I feel … about the socks on the floor and I need …',
    ],
    ["You're such an idiot about money.", 'I feel … about money and I need …'],
    ['You only care about your phone.', 'I feel … about the phone and I need …'],
    ['You ruined our anniversary dinner.', 'I feel … about our anniversary dinner and I need …'],
    ['You never call when the kids are asleep', 'I feel … about … and I need …'],
    ['Whatever.', 'I feel … about … and I need …'],
  ])('%s → %s', (text, suggestion) => {
    expect(coachMessage(text).suggestion).toBe(suggestion);
  });

  it('is null exactly when nothing was flagged, and is itself never flagged', () => {
    fc.assert(
      fc.property(message, (text) => {
        const { flags, suggestion } = coachMessage(text);
        expect(suggestion === null).toBe(flags.length === 0);
        if (suggestion === null) return;
        expect(suggestion).toMatch(/^I feel … about .+ and I need …$/);
        expect(coachMessage(suggestion).flags).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('coachMessage: properties', () => {
  it('never throws, and its flags lie in the text, sorted and apart, on any input', () => {
    const anyText = fc.oneof(message, codeUnits, fc.string({ unit: 'binary', maxLength: 300 }));
    fc.assert(
      fc.property(anyText, (text) => expectWellFormed(text, coachMessage(text))),
      { numRuns: 1000 },
    );
  });

  it('copes with very long and adversarial input', () => {
    const long = [
      'you '.repeat(5000),
      'always never '.repeat(5000),
      "you're ".repeat(5000) + 'idiot',
      'you are so such a '.repeat(3000),
      'you did it ' + 'x '.repeat(20_000) + 'on purpose',
      'on purpose deliberately '.repeat(3000),
      ' '.repeat(100_000) + 'whatever',
      '\u2019 \n'.repeat(20_000),
      'You never do the dishes. '.repeat(2000),
      '🙄'.repeat(10_000),
    ];
    for (const text of long) expectWellFormed(text, coachMessage(text));
    const fragments = fc.constantFrom(
      'you',
      ' ',
      "'re",
      '\u2019re',
      'always',
      'never',
      'so',
      'such',
      'a',
      'idiot',
      ',',
      '.',
      'did it',
      'on purpose',
      "n't",
      'whatever',
      'about',
      'the',
      '\n',
      '🙄',
    );
    fc.assert(
      fc.property(fc.array(fragments, { maxLength: 3000 }), (parts) => {
        const text = parts.join('');
        expectWellFormed(text, coachMessage(text));
      }),
      { numRuns: 50 },
    );
  });

  it('reads extra whitespace and curly apostrophes as plain ones, and points at the right words', () => {
    const spaced = fc
      .tuple(
        fc.constantFrom(...englishCoachCorpus.map((e) => e.text)),
        fc.infiniteStream(fc.constantFrom(' ', '  ', '\n', ' \t ', '\u00a0', '\r\n')),
      )
      .map(([text, spaces]) => ({
        text,
        respaced: text.replace(/ /g, () => spaces.next().value).replace(/'/g, '\u2019'),
      }));
    const plain = (s: string) => s.replace(/\s+/g, ' ').replace(/\u2019/g, "'");
    fc.assert(
      fc.property(spaced, ({ text, respaced }) => {
        const before = coachMessage(text).flags;
        const after = coachMessage(respaced).flags;
        expect(after.map((f) => f.ruleId)).toEqual(before.map((f) => f.ruleId));
        expect(after.map((f) => plain(f.match))).toEqual(before.map((f) => plain(f.match)));
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(message, (text) => {
        expect(coachMessage(text)).toEqual(coachMessage(text));
      }),
    );
  });

  it('ignores case', () => {
    const texts = fc.constantFrom(...englishCoachCorpus.map((e) => e.text));
    fc.assert(
      fc.property(fc.mixedCase(texts), (text) => {
        const lower = text.toLowerCase();
        fc.pre(lower.length === text.length);
        const strip = (r: CoachResult) => ({
          flags: r.flags.map(({ kind, ruleId, start, end }) => ({ kind, ruleId, start, end })),
          suggestion: r.suggestion?.toLowerCase() ?? null,
        });
        expect(strip(coachMessage(text))).toEqual(strip(coachMessage(lower)));
      }),
      { numRuns: 500 },
    );
  });

  it('still finds a flagged sentence placed between clean ones', () => {
    const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);
    fc.assert(
      fc.property(
        fc.constantFrom(...clean),
        fc.constantFrom(...flagged),
        fc.constantFrom(...clean),
        (before, inserted, after) => {
          const text = `${before.text} ${sentence(inserted.text)} ${after.text}`;
          const kinds = kindsOf(coachMessage(text));
          for (const kind of inserted.flags) expect(kinds).toContain(kind);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('leaves gentle "I feel … about … and I need …" statements alone', () => {
    const statement = fc
      .record({
        feeling: fc.constantFrom(
          'hurt',
          'lonely',
          'worried',
          'overwhelmed',
          'tired',
          'anxious',
          'sad',
          'frustrated',
          'left out',
          'unappreciated',
          'stretched thin',
          'disappointed',
        ),
        topic: fc.constantFrom(
          'the dishes',
          'money this month',
          'how our evenings go',
          'the plans for Saturday',
          "your mum's visit",
          'the chores',
          'how we talk when we are tired',
          'the holiday budget',
          'our weekends',
          'bedtime',
          'how little we see each other',
        ),
        when: fc.constantFrom(
          '',
          ' when the plans change at the last minute',
          ' when I come home to a full sink',
          ' when we only talk about logistics',
        ),
        need: fc.constantFrom(
          'a hug',
          'us to make a plan together',
          'some quiet time tonight',
          'help with the laundry',
          'to hear how your day went',
          'ten minutes to talk',
          'us to take turns',
          'you to tell me when you will be late',
          'to feel like a team again',
        ),
      })
      .map(
        ({ feeling, topic, when, need }) =>
          `I feel ${feeling} about ${topic}${when}, and I need ${need}.`,
      );
    fc.assert(
      fc.property(statement, (text) => {
        expect(coachMessage(text)).toEqual({ flags: [], suggestion: null });
      }),
      { numRuns: 500 },
    );
  });
});

describe('coachMessage: languages', () => {
  it('falls back to English for a language it has no rules for', () => {
    expect(coachRuleSetFor('fr')).toBe(englishCoachRules);
    expect(coachRuleSetFor('en-GB')).toBe(englishCoachRules);
    const language = fc.oneof(
      fc.string(),
      fc.constantFrom('fr', 'de-CH', 'EN', 'en_US', '', 'constructor', '__proto__', 'toString'),
    );
    fc.assert(
      fc.property(language, fc.constantFrom(...englishCoachCorpus), (lang, { text }) => {
        expect(coachMessage(text, { language: lang })).toEqual(coachMessage(text));
      }),
      { numRuns: 300 },
    );
  });

  it('takes another language as data alone, by its primary subtag', () => {
    const pirate: CoachRuleSet = {
      language: 'zz',
      lexicon: { insult: ['landlubber', 'bilge rat'] },
      rules: [
        {
          id: 'zz.name-calling.insult',
          kind: 'name_calling',
          patterns: ['ye {insult}'],
          why: 'Names sting.',
          instead: 'Say what happened.',
        },
      ],
      suggestion: {
        template: 'Me heart feels … about {topic}',
        unknownTopic: '…',
        topic: {
          markers: [],
          starts: [],
          maxSkip: 0,
          stops: [],
          maxWords: 4,
          leadingSwaps: {},
          swaps: {},
        },
      },
    };
    coachRuleSets.zz = pirate;
    try {
      const result = coachMessage('Ahoy, ye  bilge rat!', { language: 'zz-Sea' });
      expect(result.flags.map((f) => [f.ruleId, f.match])).toEqual([
        ['zz.name-calling.insult', 'ye  bilge rat'],
      ]);
      expect(result.suggestion).toBe('Me heart feels … about …');
      expect(coachMessage('You never do the dishes', { language: 'zz' }).flags).toEqual([]);
    } finally {
      delete coachRuleSets.zz;
    }
  });

  it('says which rule is broken when a rule set names a missing word list', () => {
    const broken: CoachRuleSet = {
      ...englishCoachRules,
      language: 'zy',
      rules: [{ ...englishCoachRules.rules[0]!, id: 'zy.absolute.oops', patterns: ['{nothing}'] }],
    };
    coachRuleSets.zy = broken;
    try {
      expect(() => coachMessage('hello', { language: 'zy' })).toThrow(/zy\.absolute\.oops/);
    } finally {
      delete coachRuleSets.zy;
    }
  });
});
