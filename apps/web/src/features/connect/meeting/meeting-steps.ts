import { meetingSteps, type MeetingStep } from '@tandem/shared';
import { t } from '../../../lib/i18n';

/** Where a step sits in the walk through the meeting, and where "Back" and "Next" lead. */
export interface StepPlace {
  /** 1-based, as the step indicator counts. */
  number: number;
  count: number;
  previous: MeetingStep | undefined;
  next: MeetingStep | undefined;
}

export function stepPlace(step: MeetingStep): StepPlace {
  const index = meetingSteps.indexOf(step);
  return {
    number: index + 1,
    count: meetingSteps.length,
    previous: meetingSteps[index - 1],
    next: meetingSteps[index + 1],
  };
}

/** The step's short name, as the step indicator shows it. */
export const stepTitle = (step: MeetingStep) => t(`connect.meeting.step.${step}`);

/** "Step 2 of 5: What went well", announced when the step changes on either screen. */
export function stepInWords(step: MeetingStep): string {
  const { number, count } = stepPlace(step);
  return t('connect.meeting.walk.stepOf', { number, count, title: stepTitle(step) });
}

/** Every step with how it stands next to the current one, for the step indicator. */
export function stepList(
  current: MeetingStep,
): { step: MeetingStep; number: number; state: 'done' | 'current' | 'ahead' }[] {
  const at = meetingSteps.indexOf(current);
  return meetingSteps.map((step, index) => ({
    step,
    number: index + 1,
    state: index < at ? 'done' : index === at ? 'current' : 'ahead',
  }));
}
