import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateCosts,
  dateDurations,
  dateEnergies,
  dateIdeas,
  dateIdeasMatching,
  dateSeasons,
  dateSettings,
  type DateIdea,
  type DateIdeaFilter,
  type YearSeason,
} from './date-ideas';

const yearSeasons = dateSeasons.filter((s): s is YearSeason => s !== 'any');
const count = (pred: (idea: DateIdea) => boolean) => dateIdeas.filter(pred).length;

describe('date ideas', () => {
  it('has at least 120 ideas of our own, each with a stable key and a unique title', () => {
    expect(dateIdeas.length).toBeGreaterThanOrEqual(120);
    expect(new Set(dateIdeas.map((d) => d.key)).size).toBe(dateIdeas.length);
    expect(new Set(dateIdeas.map((d) => d.title.toLowerCase())).size).toBe(dateIdeas.length);
    for (const { key } of dateIdeas) {
      // Named for the idea, not its position, so reordering the list never changes a key.
      expect(key).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(key.length, key).toBeLessThanOrEqual(40);
    }
  });

  it('keeps titles short and descriptions to one or two sentences', () => {
    for (const d of dateIdeas) {
      expect(d.title.length, d.key).toBeGreaterThan(0);
      expect(d.title.length, d.key).toBeLessThanOrEqual(60);
      expect(d.title, d.key).toBe(d.title.trim());
      expect(d.description.length, d.key).toBeLessThanOrEqual(200);
      expect(d.description, d.key).toMatch(/^[A-Z].*[.?!]$/);
      const sentences = d.description.split(/[.?!](?:\s|$)/).filter((s) => s.trim() !== '');
      expect(sentences.length, d.key).toBeGreaterThanOrEqual(1);
      expect(sentences.length, d.key).toBeLessThanOrEqual(2);
    }
  });

  it('tags every idea with valid values, seasons being "any" or specific ones', () => {
    for (const d of dateIdeas) {
      expect(dateSettings).toContain(d.setting);
      expect(dateCosts).toContain(d.cost);
      expect(dateDurations).toContain(d.duration);
      expect(dateEnergies).toContain(d.energy);
      expect(d.seasons.length, d.key).toBeGreaterThan(0);
      expect(new Set(d.seasons).size, d.key).toBe(d.seasons.length);
      for (const s of d.seasons) expect(dateSeasons).toContain(s);
      if (d.seasons.includes('any')) expect(d.seasons, d.key).toEqual(['any']);
      else expect(d.seasons.length, d.key).toBeLessThan(yearSeasons.length);
    }
  });

  it('spreads across every kind of date', () => {
    expect(count((d) => d.setting === 'home')).toBeGreaterThanOrEqual(40);
    expect(count((d) => d.setting === 'out')).toBeGreaterThanOrEqual(40);
    expect(count((d) => d.cost === 'free')).toBeGreaterThanOrEqual(25);
    for (const cost of dateCosts)
      expect(
        count((d) => d.cost === cost),
        cost,
      ).toBeGreaterThan(0);
    for (const season of yearSeasons) {
      expect(
        count((d) => d.seasons.includes(season)),
        season,
      ).toBeGreaterThanOrEqual(8);
    }
    for (const duration of dateDurations) {
      expect(
        count((d) => d.duration === duration),
        duration,
      ).toBeGreaterThanOrEqual(15);
    }
    for (const energy of dateEnergies) {
      expect(
        count((d) => d.energy === energy),
        energy,
      ).toBeGreaterThanOrEqual(15);
    }
  });

  it('has ideas for couples living apart', () => {
    const apart = count((d) => /\b(on a call|from afar|apart|by post)\b/i.test(d.description));
    expect(apart).toBeGreaterThanOrEqual(6);
  });

  it('assumes nothing about gender, alcohol or owning a car', () => {
    const assuming =
      /\b(he|she|him|his|her|hers|husband|wife|boyfriend|girlfriend|wine|beer|cocktails?|alcohol|drunk|car|drive)\b/i;
    for (const d of dateIdeas) expect(`${d.title} ${d.description}`, d.key).not.toMatch(assuming);
  });
});

const filterArb: fc.Arbitrary<DateIdeaFilter> = fc.record(
  {
    setting: fc.constantFrom(...dateSettings),
    cost: fc.constantFrom(...dateCosts),
    duration: fc.constantFrom(...dateDurations),
    energy: fc.constantFrom(...dateEnergies),
    season: fc.constantFrom(...yearSeasons),
  },
  { requiredKeys: [] },
);

/** A couple's own ideas: any tags at all. */
const ownIdeasArb: fc.Arbitrary<DateIdea[]> = fc.array(
  fc.record({
    key: fc.uuid(),
    title: fc.string({ minLength: 1, maxLength: 60 }),
    description: fc.string({ maxLength: 200 }),
    setting: fc.constantFrom(...dateSettings),
    cost: fc.constantFrom(...dateCosts),
    duration: fc.constantFrom(...dateDurations),
    energy: fc.constantFrom(...dateEnergies),
    seasons: fc.oneof(
      fc.constant<DateIdea['seasons']>(['any']),
      fc.uniqueArray(fc.constantFrom(...yearSeasons), { minLength: 1 }),
    ),
  }),
  { maxLength: 30 },
);

const ideasArb = fc.oneof(fc.constant([...dateIdeas]), ownIdeasArb);

function fits(idea: DateIdea, filter: DateIdeaFilter): boolean {
  return (
    (filter.setting === undefined || idea.setting === filter.setting) &&
    (filter.cost === undefined || dateCosts.indexOf(idea.cost) <= dateCosts.indexOf(filter.cost)) &&
    (filter.duration === undefined || idea.duration === filter.duration) &&
    (filter.energy === undefined || idea.energy === filter.energy) &&
    (filter.season === undefined ||
      idea.seasons.includes('any') ||
      idea.seasons.includes(filter.season))
  );
}

describe('dateIdeasMatching', () => {
  it('returns exactly the ideas that fit, in order, from ours or a couple’s own', () => {
    fc.assert(
      fc.property(filterArb, ideasArb, (filter, ideas) => {
        const found = dateIdeasMatching(filter, ideas);
        for (const idea of found) expect(fits(idea, filter)).toBe(true);
        expect(found).toEqual(ideas.filter((idea) => fits(idea, filter)));
      }),
    );
  });

  it('returns everything for an empty filter', () => {
    expect(dateIdeasMatching({})).toEqual(dateIdeas);
    fc.assert(
      fc.property(ownIdeasArb, (ideas) => {
        expect(dateIdeasMatching({}, ideas)).toEqual(ideas);
      }),
    );
  });

  it('reads cost as "at most": a higher limit only adds ideas, the cheaper ones included', () => {
    fc.assert(
      fc.property(filterArb, ideasArb, (filter, ideas) => {
        for (const [i, cost] of dateCosts.entries()) {
          const found = dateIdeasMatching({ ...filter, cost }, ideas);
          for (const idea of found) expect(dateCosts.indexOf(idea.cost)).toBeLessThanOrEqual(i);
          for (const cheaper of dateCosts.slice(0, i)) {
            const cheaperFound = dateIdeasMatching({ ...filter, cost: cheaper }, ideas);
            for (const idea of cheaperFound) expect(found).toContain(idea);
          }
        }
      }),
    );
    expect(dateIdeasMatching({ cost: 'low' }).some((d) => d.cost === 'free')).toBe(true);
    expect(dateIdeasMatching({ cost: 'high' })).toEqual(dateIdeas);
  });

  it('never finds more when a field is added to the filter', () => {
    const fields = ['setting', 'cost', 'duration', 'energy', 'season'] as const;
    fc.assert(
      fc.property(
        filterArb,
        fc.record({
          setting: fc.constantFrom(...dateSettings),
          cost: fc.constantFrom(...dateCosts),
          duration: fc.constantFrom(...dateDurations),
          energy: fc.constantFrom(...dateEnergies),
          season: fc.constantFrom(...yearSeasons),
        }),
        fc.constantFrom(...fields),
        ideasArb,
        (filter, values, field, ideas) => {
          const wider: DateIdeaFilter = { ...filter };
          delete wider[field];
          const narrower: DateIdeaFilter = { ...wider, [field]: values[field] };
          const widerFound = dateIdeasMatching(wider, ideas);
          for (const idea of dateIdeasMatching(narrower, ideas)) {
            expect(widerFound).toContain(idea);
          }
        },
      ),
    );
  });

  it('matches ideas for any season in every season, and seasonal ones only in theirs', () => {
    for (const season of yearSeasons) {
      const found = dateIdeasMatching({ season });
      expect(found.filter((d) => d.seasons.includes('any'))).toEqual(
        dateIdeas.filter((d) => d.seasons.includes('any')),
      );
      expect(found.every((d) => d.seasons.includes('any') || d.seasons.includes(season))).toBe(
        true,
      );
    }
    const picnic = dateIdeas.find((d) => d.key === 'park-picnic');
    expect(picnic?.seasons).toEqual(['spring', 'summer']);
    expect(dateIdeasMatching({ season: 'summer' })).toContain(picnic);
    expect(dateIdeasMatching({ season: 'winter' })).not.toContain(picnic);
  });
});
