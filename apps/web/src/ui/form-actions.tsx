import { t } from '../lib/i18n';
import { Button } from './button';

interface FormActionsProps {
  /** The submit button's words. */
  submitLabel: string;
  busy: boolean;
  /** Without it there is no Cancel: the form is all the screen has. */
  onCancel?: (() => void) | undefined;
}

/** How a form ends, alike in every feature: its submit button, then a quiet Cancel. */
export function FormActions({ submitLabel, busy, onCancel }: FormActionsProps) {
  return (
    <div className="button-row">
      <Button type="submit" busy={busy}>
        {submitLabel}
      </Button>
      {onCancel ? (
        <Button variant="quiet" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      ) : null}
    </div>
  );
}
