import { describe, expect, it } from 'vitest';
import type { ChoreSharesView, Member, Responsibility } from '@tandem/shared';
import { explainProposal } from './proposal-words';

const chore = (id: string, name: string, myRating: Responsibility['myRating']): Responsibility => ({
  id,
  name,
  area: 'home',
  firstDueOn: '2026-01-01',
  stageOwners: { notice: null, plan: null },
  doneWell: null,
  rrule: 'FREQ=WEEKLY',
  scheduleFrom: 'due',
  minutes: { notice: 0, plan: 0, do: 30 },
  starterKey: null,
  ownerId: null,
  pinnedTo: null,
  myRating,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  capabilities: { canEdit: true, canDelete: true },
});

const member = (userId: string, displayName: string): Member => ({
  userId,
  displayName,
  timeZone: 'UTC',
  role: 'member',
  joinedAt: '2025-01-01T00:00:00.000Z',
  isMe: false,
});
const members = [member('sam', 'Sam'), member('alex', 'Alex')];

const chores = [
  chore('laundry', 'laundry', 'love'),
  chore('bills', 'bills', 'fine'),
  chore('cooking', 'cooking', 'dislike'),
  chore('garden', 'the garden', null),
];

const loads = (alex: [number, number], sam: [number, number]) => [
  { userId: 'sam', minutesPerWeek: sam[0], fairShareMinutesPerWeek: sam[1] },
  { userId: 'alex', minutesPerWeek: alex[0], fairShareMinutesPerWeek: alex[1] },
];

const shares = (
  assignment: [string, string, boolean?][],
  fair: boolean,
  members = loads([600, 630], [900, 870]),
): ChoreSharesView => ({
  assignment: assignment.map(([choreId, userId, pinned = false]) => ({ choreId, userId, pinned })),
  fair,
  members,
});

describe('explainProposal', () => {
  it('says what I take and why, where what I would rather not do went, and that it is fair', () => {
    const proposal = shares(
      [
        ['laundry', 'alex'],
        ['bills', 'alex'],
        ['cooking', 'sam'],
        ['garden', 'sam'],
      ],
      true,
    );
    expect(explainProposal({ shares: proposal, chores, members, myId: 'alex' })).toEqual([
      'You take laundry and bills. You said you love laundry and don’t mind bills.',
      'Cooking, which you’d rather not do, went to Sam.',
      'Each of you ends within one task of a fair share (you 10 h and Sam 15 h a week).',
    ]);
  });

  it('is honest when something I would rather not do, or cannot, came to me', () => {
    const mine = [...chores, chore('car', 'the car', 'cant'), chore('dog', 'the dog', 'love')];
    const proposal = shares(
      [
        ['cooking', 'alex'],
        ['car', 'alex'],
        ['garden', 'alex'],
        ['laundry', 'sam'],
        ['bills', 'sam'],
        ['dog', 'sam'],
      ],
      true,
    );
    expect(explainProposal({ shares: proposal, chores: mine, members, myId: 'alex' })).toEqual([
      'You take cooking, the garden, and the car.',
      'Cooking came to you too, though you’d rather not.',
      'The car came to you although you said you can’t: worth talking over, or changing by hand.',
      'Laundry and the dog, which you love, went to Sam.',
      'Each of you ends within one task of a fair share (you 10 h and Sam 15 h a week).',
    ]);
  });

  it('names pins as the reason, for mine and for others', () => {
    const proposal = shares(
      [
        ['laundry', 'alex', true],
        ['bills', 'alex'],
        ['cooking', 'sam', true],
        ['garden', 'sam', true],
      ],
      true,
    );
    expect(explainProposal({ shares: proposal, chores, members, myId: 'alex' })).toEqual([
      'You take laundry (kept with you, as pinned) and bills. You said you don’t mind bills.',
      'Cooking and the garden stay with Sam, as pinned.',
      'Each of you ends within one task of a fair share (you 10 h and Sam 15 h a week).',
    ]);
  });

  it('says plainly when a share is not fair, and that pins may be why', () => {
    const proposal = shares(
      [
        ['laundry', 'sam', true],
        ['bills', 'sam', true],
        ['cooking', 'sam', true],
        ['garden', 'alex'],
      ],
      false,
      loads([30, 90], [150, 90]),
    );
    expect(explainProposal({ shares: proposal, chores, members, myId: 'alex' })).toEqual([
      'You take the garden.',
      'Laundry, bills, and cooking stay with Sam, as pinned.',
      'This share isn’t fair: Sam would end 1 h over a fair share of 1 h 30 min, more than one task’s worth (you 30 min and Sam 2 h 30 min a week).',
      'Pins leave the proposal less room: unpinning some may let it even things out.',
    ]);
  });

  it('says so when I take nothing, and when I would carry the most', () => {
    const proposal = shares([['laundry', 'sam']], false, loads([200, 100], [0, 100]));
    const sentences = explainProposal({ shares: proposal, chores, members, myId: 'alex' });
    expect(sentences[0]).toBe('You take nothing in this share.');
    expect(sentences.at(-1)).toBe(
      'This share isn’t fair: you would end 1 h 40 min over a fair share of 1 h 40 min, more than one task’s worth (you 3 h 20 min and Sam 0 min a week).',
    );
  });

  it('rests on my own ratings alone: without them, it says who takes what and no more', () => {
    // `myRating` is the only feeling a responsibility carries, and it is the viewer's own.
    const proposal = shares(
      [
        ['laundry', 'alex'],
        ['cooking', 'sam'],
      ],
      true,
    );
    const unrated = chores.map((c) => ({ ...c, myRating: null }));
    expect(explainProposal({ shares: proposal, chores: unrated, members, myId: 'alex' })).toEqual([
      'You take laundry.',
      'Each of you ends within one task of a fair share (you 10 h and Sam 15 h a week).',
    ]);
  });

  it('leaves fairness out when there is nobody to share with', () => {
    const alone = shares([['laundry', 'alex']], true, [
      { userId: 'alex', minutesPerWeek: 30, fairShareMinutesPerWeek: 30 },
    ]);
    expect(explainProposal({ shares: alone, chores, members, myId: 'alex' })).toEqual([
      'You take laundry. You said you love laundry.',
    ]);
  });
});
