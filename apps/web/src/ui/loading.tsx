import { t } from '../lib/i18n';

export function Loading({ label = t('common.loading') }: { label?: string }) {
  return (
    <p className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
