import { useState, type FormEvent } from 'react';
import type { Me } from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { FormError } from '../../ui/form-error';
import { Button } from '../../ui/button';
import { TimeZoneField } from '../../ui/time-zone-field';
import { DisplayNameField } from '../auth/account-fields';
import { useUpdateMe } from './use-settings';

export function ProfileForm({ me }: { me: Me }) {
  const update = useUpdateMe();
  const [displayName, setDisplayName] = useState(me.displayName);
  const [timeZone, setTimeZone] = useState(me.timeZone);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate({ displayName, timeZone });
  };

  return (
    <section className="card section section--first" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('settings.profile')}</h2>
      <p className="muted">{t('settings.signedInAs', { email: me.email })}</p>
      <form className="form" onSubmit={submit}>
        <FormError error={update.error} fields={['displayName', 'timeZone']} />
        {update.isSuccess ? <Alert tone="success">{t('settings.profileSaved')}</Alert> : null}
        <DisplayNameField
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          error={fieldError(update.error, 'displayName')}
        />
        <TimeZoneField
          value={timeZone}
          onChange={setTimeZone}
          error={fieldError(update.error, 'timeZone')}
        />
        <div className="button-row">
          <Button type="submit" busy={update.isPending}>
            {t('common.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
