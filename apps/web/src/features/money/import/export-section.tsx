import { t } from '../../../lib/i18n';
import { exportUrl } from './import-api';

/**
 * The ledger to take away, in open formats. Plain links: the browser downloads the file with
 * the session cookie, and the server leaves out what this person may not see.
 */
export function ExportSection({ spaceId }: { spaceId: string }) {
  return (
    <section className="section import-export" aria-labelledby="money-export-title">
      <h2 id="money-export-title">{t('money.import.export.title')}</h2>
      <p>{t('money.import.export.lead')}</p>
      <p className="muted">{t('money.import.export.privacy')}</p>
      <div className="button-row">
        <a className="button button--secondary" href={exportUrl(spaceId, 'csv')} download>
          {t('money.import.export.csv')}
        </a>
        <a className="button button--secondary" href={exportUrl(spaceId, 'json')} download>
          {t('money.import.export.json')}
        </a>
      </div>
    </section>
  );
}
