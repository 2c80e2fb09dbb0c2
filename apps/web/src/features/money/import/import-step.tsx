import { useId, type ReactNode, type Ref } from 'react';

interface ImportStepProps {
  number: number;
  title: string;
  headingRef?: Ref<HTMLHeadingElement>;
  children: ReactNode;
}

/**
 * One step of an import, a region named by its heading. The step's number is drawn beside the
 * heading for the eye; screen readers move by the headings themselves.
 */
export function ImportStep({ number, title, headingRef, children }: ImportStepProps) {
  const id = useId();
  return (
    <section className="section import-step" aria-labelledby={id}>
      <h2 className="import-step__title" id={id} ref={headingRef} tabIndex={-1}>
        <span className="import-step__number" aria-hidden="true">
          {number}
        </span>
        {title}
      </h2>
      {children}
    </section>
  );
}
