import { isNotFound } from '../lib/api/api-error';
import { errorMessage } from '../lib/api/error-message';
import { t } from '../lib/i18n';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { NotFoundPage } from './not-found-page';

interface LoadErrorProps {
  error: unknown;
  onRetry?: () => void;
}

/** What to show when loading failed: the not-found page for a 404, else the reason and a retry. */
export function LoadError({ error, onRetry }: LoadErrorProps) {
  if (isNotFound(error)) return <NotFoundPage />;
  return (
    <Alert tone="error">
      <p>{errorMessage(error)}</p>
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}
