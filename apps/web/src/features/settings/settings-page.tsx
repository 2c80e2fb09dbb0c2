import { Link } from 'react-router';
import { t } from '../../lib/i18n';
import { Page } from '../../ui/page';
import { useSignedInMe } from '../auth/me-context';
import { PasswordForm } from './password-form';
import { ProfileForm } from './profile-form';
import { SessionsSection } from './sessions-section';
import { SignOutSection } from './sign-out-section';
import { ThemeForm } from './theme-form';

export function SettingsPage() {
  const me = useSignedInMe();
  return (
    <Page title={t('settings.title')}>
      <ProfileForm me={me} />
      <ThemeForm />
      <PasswordForm />
      <SessionsSection />
      <SignOutSection />
      <p>
        <Link to="/help">{t('help.link')}</Link>
      </p>
    </Page>
  );
}
