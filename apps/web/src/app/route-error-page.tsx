import { t } from '../lib/i18n';
import { Button } from '../ui/button';
import { Page } from '../ui/page';

/** The last line of defence for an unexpected error while rendering a route. */
export function RouteErrorPage() {
  return (
    <main className="public-main" id="main">
      <Page title={t('routeError.title')} lead={t('routeError.lead')}>
        <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
      </Page>
    </main>
  );
}
