import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { safeNextPath, withNext } from '../../lib/next-path';
import { browserTimeZone } from '../../lib/time-zones';
import { FormError } from '../../ui/form-error';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Page } from '../../ui/page';
import { TimeZoneField } from '../../ui/time-zone-field';
import { DisplayNameField, EmailField, NewPasswordField } from './account-fields';
import { AuthFormFooter } from './auth-form-footer';
import { useMe, useRegister } from './use-me';

export function RegisterPage() {
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const me = useMe();
  const register = useRegister();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [timeZone, setTimeZone] = useState(browserTimeZone);

  // Already signed in, or just signed in: go on to where they were heading.
  if (me.data) return <Navigate to={next ?? '/'} replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    register.mutate({ displayName, email, password, timeZone });
  };
  const error = register.error;

  return (
    <Page title={t('auth.register.title')} lead={t('auth.register.lead')} narrow>
      <Card>
        <form className="form" onSubmit={submit}>
          <FormError error={error} fields={['displayName', 'email', 'password', 'timeZone']} />
          <DisplayNameField
            hint={t('auth.displayNameHint')}
            value={displayName}
            onChange={(event) => setDisplayName(event.target.value)}
            error={fieldError(error, 'displayName')}
          />
          <EmailField
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={fieldError(error, 'email')}
          />
          <NewPasswordField
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={fieldError(error, 'password')}
          />
          <TimeZoneField
            value={timeZone}
            onChange={setTimeZone}
            error={fieldError(error, 'timeZone')}
          />
          <Button type="submit" busy={register.isPending} className="button--block">
            {t('auth.register.submit')}
          </Button>
        </form>
      </Card>
      <AuthFormFooter
        text={t('auth.register.haveAccount')}
        to={withNext('/login', next)}
        linkText={t('auth.register.toLogin')}
      />
    </Page>
  );
}
