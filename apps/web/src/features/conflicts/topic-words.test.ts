import { describe, expect, it } from 'vitest';
import { ALEX, SAM } from '../../lib/member-test-data';
import { buildTopic, writtenSide } from './topic-test-data';
import {
  agreementStatus,
  currentStep,
  needsAnotherTry,
  topicStatus,
  waitingSentence,
} from './topic-words';

const KIM = 'kim';
const names: Record<string, string> = { [ALEX]: 'You', [SAM]: 'Sam', [KIM]: 'Kim' };
const nameOf = (userId: string) => names[userId] ?? 'Former member';

const agreement = {
  items: [{ id: 'i1', text: 'Phones away at 8', ownerId: SAM, link: null }],
  checkOn: '2026-03-16',
  proposedBy: SAM,
  agreedBy: [SAM],
  agreedAt: null,
};

describe('waitingSentence', () => {
  it('names the partner still to write their side, leaving me out', () => {
    const topic = buildTopic({ perspectives: [writtenSide(ALEX)], waitingFor: [SAM] });
    expect(waitingSentence(topic, ALEX, nameOf)).toBe('Waiting for Sam to write their side.');
    expect(waitingSentence(buildTopic({ waitingFor: [ALEX] }), ALEX, nameOf)).toBeNull();
  });

  it('names several in a household', () => {
    const topic = buildTopic({ participantIds: [ALEX, SAM, KIM], waitingFor: [SAM, KIM] });
    expect(waitingSentence(topic, ALEX, nameOf)).toBe(
      'Waiting for Sam and Kim to write their sides.',
    );
  });
});

describe('topicStatus', () => {
  it('says a resting topic is resting, whatever its step', () => {
    const pause = { by: SAM, since: 'a', until: 'b', resumableAt: 'c' };
    expect(topicStatus(buildTopic({ pause }), ALEX, nameOf)).toMatch(/^Resting for a while/);
  });

  it('follows the steps', () => {
    expect(topicStatus(buildTopic(), ALEX, nameOf)).toBe('Your side is still to write.');
    expect(topicStatus(buildTopic({ waitingFor: [SAM] }), ALEX, nameOf)).toBe(
      'Waiting for Sam to write their side.',
    );
    expect(topicStatus(buildTopic({ phase: 'ideas', waitingFor: [] }), ALEX, nameOf)).toBe(
      'Both sides are in: time for ideas.',
    );
    expect(topicStatus(buildTopic({ phase: 'ideas', agreement }), ALEX, nameOf)).toBe(
      'An agreement has been proposed.',
    );
    const agreed = { ...agreement, agreedBy: [SAM, ALEX], agreedAt: '2026-03-03T10:00:00Z' };
    expect(topicStatus(buildTopic({ phase: 'agreed', agreement: agreed }), ALEX, nameOf)).toBe(
      'Agreed. You’ll look back on Monday, March 16.',
    );
    expect(topicStatus(buildTopic({ phase: 'resolved' }), ALEX, nameOf)).toBe('It held.');
  });
});

describe('agreementStatus', () => {
  it('asks me when the others have agreed and I have not', () => {
    expect(agreementStatus(buildTopic({ agreement }), ALEX, nameOf)).toBe(
      'Agreed so far by Sam. Does it work for you too?',
    );
  });

  it('says who we wait for once I have agreed', () => {
    const mine = { ...agreement, proposedBy: ALEX, agreedBy: [ALEX] };
    expect(agreementStatus(buildTopic({ agreement: mine }), ALEX, nameOf)).toBe(
      'Waiting for Sam to agree.',
    );
  });

  it('says "Agreed by both" for a couple, "everyone" in a household', () => {
    const agreed = { ...agreement, agreedBy: [SAM, ALEX], agreedAt: '2026-03-03T10:00:00Z' };
    expect(agreementStatus(buildTopic({ agreement: agreed }), ALEX, nameOf)).toBe(
      'Agreed by both of you.',
    );
    const household = buildTopic({ agreement: agreed, participantIds: [ALEX, SAM, KIM] });
    expect(agreementStatus(household, ALEX, nameOf)).toBe('Agreed by everyone.');
  });

  it('is empty without an agreement', () => {
    expect(agreementStatus(buildTopic(), ALEX, nameOf)).toBe('');
  });
});

describe('currentStep', () => {
  it('moves from sides to ideas to the agreement to looking back', () => {
    expect(currentStep(buildTopic())).toBe('sides');
    expect(currentStep(buildTopic({ phase: 'ideas' }))).toBe('ideas');
    expect(currentStep(buildTopic({ phase: 'ideas', agreement }))).toBe('agreement');
    expect(currentStep(buildTopic({ phase: 'agreed', agreement }))).toBe('followUp');
    expect(currentStep(buildTopic({ phase: 'resolved', agreement }))).toBe('followUp');
  });
});

describe('needsAnotherTry', () => {
  it('is true when anyone said it held only partly or not', () => {
    const answer = (held: 'yes' | 'partly' | 'no') => ({
      userId: SAM,
      held,
      note: '',
      answeredAt: '2026-03-16T10:00:00Z',
    });
    expect(needsAnotherTry(buildTopic({ followUps: [answer('yes')] }))).toBe(false);
    expect(needsAnotherTry(buildTopic({ followUps: [answer('yes'), answer('partly')] }))).toBe(
      true,
    );
    expect(needsAnotherTry(buildTopic({ followUps: [answer('no')] }))).toBe(true);
  });
});
