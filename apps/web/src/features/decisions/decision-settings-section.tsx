import { useState, type FormEvent } from 'react';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/form-error';
import { TextField } from '../../ui/text-field';
import type { DecisionSettings } from './decisions-api';
import { useSaveDecisionSettings } from './use-decisions';

const VETOES_MAX = 20;

/** How many dealbreakers each of us has a month, and how many I have used this month. */
export function DecisionSettingsSection({
  spaceId,
  settings,
}: {
  spaceId: string;
  settings: DecisionSettings;
}) {
  const save = useSaveDecisionSettings(spaceId);
  const [perMonth, setPerMonth] = useState(String(settings.vetoesPerMonth));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(Number(perMonth));
  };

  return (
    <section className="card section" aria-labelledby="decision-settings-title">
      <h2 id="decision-settings-title">{t('decide.settings.title')}</h2>
      <p className="muted">{t('decide.settings.lead')}</p>
      <p>{t('decide.settings.used', { count: settings.myVetoesThisMonth })}</p>
      <form className="form" onSubmit={submit} aria-labelledby="decision-settings-title">
        <FormError error={save.error} fields={['vetoesPerMonth']} />
        <TextField
          label={t('decide.settings.perMonth')}
          hint={t('decide.settings.perMonthHint')}
          name="vetoesPerMonth"
          type="number"
          inputMode="numeric"
          min={0}
          max={VETOES_MAX}
          step={1}
          required
          className="input decision-settings__number"
          value={perMonth}
          onChange={(event) => {
            setPerMonth(event.target.value);
            if (save.isSuccess) save.reset();
          }}
          error={fieldError(save.error, 'vetoesPerMonth')}
        />
        {save.isSuccess ? (
          <Alert tone="success">
            {t('decide.settings.saved', { count: settings.vetoesPerMonth })}
          </Alert>
        ) : null}
        <div className="button-row">
          <Button type="submit" busy={save.isPending}>
            {t('decide.settings.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
