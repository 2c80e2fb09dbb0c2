import { t } from '../../lib/i18n';
import { FormError } from '../../ui/form-error';
import { Button } from '../../ui/button';
import { useLogout } from '../auth/use-me';

export function SignOutSection() {
  const logout = useLogout();
  return (
    <section className="card section" aria-labelledby="account-title">
      <h2 id="account-title">{t('settings.account')}</h2>
      <FormError error={logout.error} />
      <Button variant="secondary" busy={logout.isPending} onClick={() => logout.mutate()}>
        {t('settings.signOut')}
      </Button>
    </section>
  );
}
