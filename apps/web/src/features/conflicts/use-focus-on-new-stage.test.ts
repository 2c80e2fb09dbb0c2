import { describe, expect, it } from 'vitest';
import { ALEX, SAM } from '../../lib/member-test-data';
import { buildTopic, sealedSide, writtenSide } from './topic-test-data';
import { topicStage } from './use-focus-on-new-stage';

describe('topicStage', () => {
  const pause = { by: SAM, since: 'a', until: 'b', resumableAt: 'c' };

  it('changes when a break begins or ends', () => {
    expect(topicStage(buildTopic({ pause }), ALEX)).not.toBe(topicStage(buildTopic(), ALEX));
  });

  it('changes when my side is in, not when the partner’s arrives sealed', () => {
    const before = topicStage(buildTopic(), ALEX);
    expect(topicStage(buildTopic({ perspectives: [sealedSide(SAM)] }), ALEX)).toBe(before);
    expect(topicStage(buildTopic({ perspectives: [writtenSide(ALEX)] }), ALEX)).not.toBe(before);
  });

  it('changes at the reveal', () => {
    const sides = [writtenSide(ALEX), writtenSide(SAM)];
    const waiting = buildTopic({ perspectives: [writtenSide(ALEX)] });
    expect(topicStage(buildTopic({ perspectives: sides, phase: 'ideas' }), ALEX)).not.toBe(
      topicStage(waiting, ALEX),
    );
  });
});
