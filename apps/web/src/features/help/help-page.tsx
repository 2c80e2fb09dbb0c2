import { useQuery } from '@tanstack/react-query';
import type { HelpContact } from '@tandem/shared';
import { LoadError } from '../../app/load-error';
import { api } from '../../lib/api/api-client';
import { queryKeys } from '../../lib/api/query-keys';
import { t } from '../../lib/i18n';
import { Loading } from '../../ui/loading';
import { Page } from '../../ui/page';

const fetchHelp = () => api.get<{ contacts: HelpContact[] }>('/help');

/**
 * "Help and support": open to anyone, signed in or not. The contacts come from whoever runs this
 * Tandem, for where its people live; the one line that holds everywhere is said first.
 */
export function HelpPage() {
  const help = useQuery({ queryKey: queryKeys.help, queryFn: fetchHelp });
  let content;
  if (help.error) {
    content = <LoadError error={help.error} onRetry={() => void help.refetch()} />;
  } else if (!help.data) {
    content = <Loading />;
  } else if (help.data.contacts.length === 0) {
    content = <p>{t('help.none')}</p>;
  } else {
    content = (
      <ul className="help-contacts">
        {help.data.contacts.map((contact) => (
          <li key={contact.name} className="card">
            <h2>{contact.name}</h2>
            {contact.description ? <p>{contact.description}</p> : null}
            {contact.phone ? (
              <p>
                <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>
                  {t('help.call', { phone: contact.phone })}
                </a>
              </p>
            ) : null}
            {contact.url ? (
              <p>
                <a href={contact.url} rel="noopener noreferrer" target="_blank">
                  {t('help.visit', { name: contact.name })}
                </a>
              </p>
            ) : null}
            {contact.hours ? (
              <p className="muted">{t('help.hours', { hours: contact.hours })}</p>
            ) : null}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Page title={t('help.title')} lead={t('help.lead')}>
      <p className="help-emergency">
        <strong>{t('help.emergency')}</strong>
      </p>
      {content}
    </Page>
  );
}
