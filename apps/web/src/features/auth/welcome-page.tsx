import { t } from '../../lib/i18n';
import { ButtonLink } from '../../ui/button-link';
import { Page } from '../../ui/page';

export function WelcomePage() {
  return (
    <Page title={t('welcome.title')} documentTitle={t('app.name')} lead={t('welcome.lead')}>
      <ul className="welcome-points">
        <li>{t('welcome.reveal')}</li>
        <li>{t('welcome.private')}</li>
        <li>{t('welcome.yours')}</li>
      </ul>
      <div className="button-row">
        <ButtonLink to="/register">{t('welcome.createAccount')}</ButtonLink>
        <ButtonLink to="/login" variant="secondary">
          {t('welcome.signIn')}
        </ButtonLink>
      </div>
    </Page>
  );
}
