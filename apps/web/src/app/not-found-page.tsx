import { t } from '../lib/i18n';
import { ButtonLink } from '../ui/button-link';
import { Page } from '../ui/page';

/** For unknown routes and for anything the API answers with 404 (which includes "not yours"). */
export function NotFoundPage() {
  return (
    <Page title={t('notFound.title')} lead={t('notFound.lead')}>
      <ButtonLink to="/">{t('notFound.home')}</ButtonLink>
    </Page>
  );
}
