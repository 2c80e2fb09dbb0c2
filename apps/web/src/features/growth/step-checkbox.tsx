import { useState } from 'react';
import { Checkbox } from '../../ui/checkbox';
import { FormError } from '../../ui/form-error';
import { useSetStepDone } from './use-growth';

interface StepCheckboxProps {
  spaceId: string;
  goalId: string;
  step: { id: string; text: string; done: boolean };
}

/**
 * One of my steps, ticked or not. The tick shows at once, while it is saved; should saving fail
 * it goes back, with the reason.
 */
export function StepCheckbox({ spaceId, goalId, step }: StepCheckboxProps) {
  const setDone = useSetStepDone(spaceId, goalId);
  // Set in the click itself (the mutation's own state arrives a moment later), cleared once
  // the saved step is back.
  const [ticked, setTicked] = useState<boolean>();
  const shown = ticked ?? step.done;
  return (
    <>
      <Checkbox
        label={step.text}
        checked={shown}
        aria-busy={ticked !== undefined || undefined}
        onChange={(event) => {
          if (ticked !== undefined) return;
          setTicked(event.target.checked);
          setDone.mutate(
            { stepId: step.id, done: event.target.checked },
            { onSettled: () => setTicked(undefined) },
          );
        }}
      />
      <FormError error={setDone.error} />
    </>
  );
}
