import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { safeNextPath, withNext } from '../../lib/next-path';
import { FormError } from '../../ui/form-error';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Page } from '../../ui/page';
import { TextField } from '../../ui/text-field';
import { EmailField } from './account-fields';
import { AuthFormFooter } from './auth-form-footer';
import { useLogin, useMe } from './use-me';

export function LoginPage() {
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const me = useMe();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  // Already signed in, or just signed in: go on to where they were heading.
  if (me.data) return <Navigate to={next ?? '/'} replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    login.mutate({ email, password });
  };

  return (
    <Page title={t('auth.login.title')} lead={t('auth.login.lead')} narrow>
      <Card>
        <form className="form" onSubmit={submit}>
          <FormError error={login.error} fields={['email', 'password']} />
          <EmailField
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={fieldError(login.error, 'email')}
          />
          <TextField
            label={t('auth.password')}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={fieldError(login.error, 'password')}
          />
          <Button type="submit" busy={login.isPending} className="button--block">
            {t('auth.login.submit')}
          </Button>
        </form>
      </Card>
      <AuthFormFooter
        text={t('auth.login.noAccount')}
        to={withNext('/register', next)}
        linkText={t('auth.login.toRegister')}
      />
    </Page>
  );
}
