import { t } from '../i18n';
import { isApiError } from './api-error';

/** A friendly, translated sentence for any error a request can end in. */
export function errorMessage(error: unknown): string {
  const code = isApiError(error) ? error.code : 'unknown';
  return t(`errors.${code}`);
}

/** The server's message for one field, if it named that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  return isApiError(error) ? error.fields[field] : undefined;
}
