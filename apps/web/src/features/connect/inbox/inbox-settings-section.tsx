import { useState, type FormEvent } from 'react';
import type { NotificationType } from '@tandem/shared';
import { fieldError } from '../../../lib/api/error-message';
import { t } from '../../../lib/i18n';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { Checkbox } from '../../../ui/checkbox';
import { FormError } from '../../../ui/form-error';
import { RadioGroup } from '../../../ui/radio-group';
import { TextField } from '../../../ui/text-field';
import type { InboxSettings } from './inbox-api';
import {
  formFromSettings,
  notificationTypes,
  settingsFromForm,
  toggleType,
  type SettingsForm,
  type SettingsProblem,
} from './settings-form';
import { useSaveInboxSettings } from './use-inbox';

const tellMeLabel: Record<NotificationType, () => string> = {
  appreciation: () => t('connect.inbox.settings.tell.appreciation'),
  session: () => t('connect.inbox.settings.tell.session'),
  meeting: () => t('connect.inbox.settings.tell.meeting'),
  prompt: () => t('connect.inbox.settings.tell.prompt'),
  decision: () => t('connect.inbox.settings.tell.decision'),
  conflict: () => t('connect.inbox.settings.tell.conflict'),
  repair: () => t('connect.inbox.settings.tell.repair'),
  growth: () => t('connect.inbox.settings.tell.growth'),
  people: () => t('people.inbox.tell'),
  date: () => t('dates.inbox.tell'),
};

const problemWords: Record<SettingsProblem, () => string> = {
  quietMissing: () => t('connect.inbox.settings.quietMissing'),
  quietSame: () => t('connect.inbox.settings.quietSame'),
};

interface InboxSettingsSectionProps {
  spaceId: string;
  settings: InboxSettings;
  timeZone: string;
}

/** What I want to hear about, and quiet hours in my own time zone. */
export function InboxSettingsSection({ spaceId, settings, timeZone }: InboxSettingsSectionProps) {
  const save = useSaveInboxSettings(spaceId);
  const [form, setForm] = useState<SettingsForm>(() => formFromSettings(settings));
  const [problem, setProblem] = useState<string>();
  const change = (next: Partial<SettingsForm>) => {
    setForm((current) => ({ ...current, ...next }));
    setProblem(undefined);
    if (save.isSuccess) save.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = settingsFromForm(form);
    if ('problem' in result) {
      setProblem(problemWords[result.problem]());
      return;
    }
    save.mutate(result.body);
  };

  const quietError = problem ?? fieldError(save.error, 'quietHours');

  return (
    <section className="section card" aria-labelledby="inbox-settings-title">
      <h2 id="inbox-settings-title">{t('connect.inbox.settings.title')}</h2>
      <form className="form" onSubmit={submit} aria-labelledby="inbox-settings-title" noValidate>
        <FormError error={save.error} fields={['quietHours']} />
        <fieldset className="inbox-settings__kinds" aria-describedby="inbox-settings-kinds-hint">
          <legend className="field__label">{t('connect.inbox.settings.kinds')}</legend>
          <p className="field__hint" id="inbox-settings-kinds-hint">
            {t('connect.inbox.settings.kindsHint')}
          </p>
          {notificationTypes.map((type) => (
            <Checkbox
              key={type}
              label={tellMeLabel[type]()}
              checked={form.tellMe.includes(type)}
              onChange={(event) =>
                change({ tellMe: toggleType(form.tellMe, type, event.target.checked) })
              }
            />
          ))}
        </fieldset>
        <RadioGroup<SettingsForm['quiet']>
          legend={t('connect.inbox.settings.quiet')}
          hint={t('connect.inbox.settings.quietHint', { zone: timeZone.replaceAll('_', ' ') })}
          name="quiet"
          layout="list"
          options={[
            { value: 'none', label: t('connect.inbox.settings.quietNone') },
            { value: 'daily', label: t('connect.inbox.settings.quietDaily') },
          ]}
          value={form.quiet}
          onChange={(quiet) => change({ quiet })}
        />
        {form.quiet === 'daily' ? (
          <div className="inbox-settings__quiet">
            <TextField
              label={t('connect.inbox.settings.quietFrom')}
              type="time"
              name="quietFrom"
              required
              value={form.from}
              onChange={(event) => change({ from: event.target.value })}
              error={quietError}
            />
            <TextField
              label={t('connect.inbox.settings.quietTo')}
              type="time"
              name="quietTo"
              required
              value={form.to}
              onChange={(event) => change({ to: event.target.value })}
            />
          </div>
        ) : null}
        {save.isSuccess ? <Alert tone="success">{t('connect.inbox.settings.saved')}</Alert> : null}
        <div className="button-row">
          <Button type="submit" busy={save.isPending}>
            {t('connect.inbox.settings.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
