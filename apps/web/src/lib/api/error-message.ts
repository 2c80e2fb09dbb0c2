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

/**
 * Field problems the form has no field for (say, `date` or the body as a whole), as
 * "field: message" lines, so they are shown somewhere rather than lost.
 */
export function otherFieldIssues(error: unknown, shownFields: readonly string[]): string[] {
  if (!isApiError(error)) return [];
  return Object.entries(error.fields)
    .filter(([path]) => !shownFields.includes(path))
    .map(([field, message]) => t('errors.fieldIssue', { field, message }));
}
