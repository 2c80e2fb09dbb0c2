import { useState } from 'react';
import { Link } from 'react-router';
import type { DateIdeaView } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { spacePath } from '../spaces/space-paths';
import { othersOf, type DatesContext } from './dates-context';
import { PlanDateForm } from './plan-date-form';

/** The plan form is open — from the button, or from an idea's "Plan this" (a new key each time). */
export interface Planning {
  idea: DateIdeaView | undefined;
  key: number;
}

interface PlanDateSectionProps {
  context: DatesContext;
  planning: Planning | undefined;
  onOpen: () => void;
  onClose: () => void;
}

/**
 * "Plan a date" behind one button, opened in place — also from an idea further down, which
 * fills it in. Closing it, saved or not, brings focus back to the button.
 */
export function PlanDateSection({ context, planning, onOpen, onClose }: PlanDateSectionProps) {
  const [status, setStatus] = useState<{ message: string; key: number }>();
  const [refocus, setRefocus] = useState(false);
  const close = () => {
    setRefocus(true);
    onClose();
  };

  if (othersOf(context).length === 0) {
    return (
      <p className="muted dates-plan">
        {t('dates.plan.alone')}{' '}
        <Link to={spacePath(context.spaceId, 'members')}>{t('dates.plan.inviteSomeone')}</Link>
      </p>
    );
  }

  return (
    <div className="dates-plan">
      {planning ? (
        <section className="card" aria-labelledby="dates-plan-title">
          <h4 id="dates-plan-title">{t('dates.plan.title')}</h4>
          <PlanDateForm
            key={planning.key}
            context={context}
            idea={planning.idea}
            onSaved={(message) => {
              setStatus((current) => ({ message, key: (current?.key ?? 0) + 1 }));
              close();
            }}
            onCancel={close}
          />
        </section>
      ) : (
        <Button
          autoFocus={refocus}
          className="dates-plan__open"
          onClick={() => {
            setStatus(undefined);
            onOpen();
          }}
        >
          {t('dates.plan.open')}
        </Button>
      )}
      {status ? (
        <Alert key={status.key} tone="success" className="notice">
          {status.message}
        </Alert>
      ) : null}
    </div>
  );
}
