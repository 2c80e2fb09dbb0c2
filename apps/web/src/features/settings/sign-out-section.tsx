import { errorMessage } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { useLogout } from '../auth/use-me';

export function SignOutSection() {
  const logout = useLogout();
  return (
    <section className="card section" aria-labelledby="account-title">
      <h2 id="account-title">{t('settings.account')}</h2>
      {logout.isError ? <Alert tone="error">{errorMessage(logout.error)}</Alert> : null}
      <Button variant="secondary" busy={logout.isPending} onClick={() => logout.mutate()}>
        {t('settings.signOut')}
      </Button>
    </section>
  );
}
