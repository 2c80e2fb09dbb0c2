import { useState, type FormEvent } from 'react';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { FormError } from '../../ui/form-error';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/text-field';
import { NewPasswordField } from '../auth/account-fields';
import { useChangePassword } from './use-settings';

export function PasswordForm() {
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
        },
      },
    );
  };

  return (
    <section className="card section" aria-labelledby="password-title">
      <h2 id="password-title">{t('settings.password')}</h2>
      <form className="form" onSubmit={submit}>
        <FormError error={change.error} fields={['currentPassword', 'newPassword']} />
        {change.isSuccess ? <Alert tone="success">{t('settings.passwordChanged')}</Alert> : null}
        <TextField
          label={t('settings.currentPassword')}
          type="password"
          name="currentPassword"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
          error={fieldError(change.error, 'currentPassword')}
        />
        <NewPasswordField
          label={t('settings.newPassword')}
          name="newPassword"
          value={newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
          error={fieldError(change.error, 'newPassword')}
        />
        <div className="button-row">
          <Button type="submit" variant="secondary" busy={change.isPending}>
            {t('settings.changePassword')}
          </Button>
        </div>
      </form>
    </section>
  );
}
