import { useLocation, useNavigate, useParams } from 'react-router';
import { LoadError } from '../../app/load-error';
import { isApiError, isUnauthenticated } from '../../lib/api/api-error';
import { errorMessage } from '../../lib/api/error-message';
import { format, t } from '../../lib/i18n';
import { withNext } from '../../lib/next-path';
import { Alert } from '../../ui/alert';
import { FormError } from '../../ui/form-error';
import { Button } from '../../ui/button';
import { ButtonLink } from '../../ui/button-link';
import { Card } from '../../ui/card';
import { Loading } from '../../ui/loading';
import { Page } from '../../ui/page';
import { useMe } from '../auth/use-me';
import { spacePath } from '../spaces/space-paths';
import { useAcceptInvite, useInvitePreview } from './use-invites';

const isExpired = (error: unknown) => isApiError(error) && error.code === 'invite_expired';

export function InvitePage() {
  const { token = '' } = useParams();
  const me = useMe();
  const preview = useInvitePreview(token);

  if (preview.isPending || me.isPending) return <Loading />;
  if (isExpired(preview.error)) return <ExpiredInvite />;
  if (preview.isError) return <LoadError error={preview.error} />;

  return (
    <Page
      title={t('invite.title', {
        invitedBy: preview.data.invitedBy,
        spaceName: preview.data.spaceName,
      })}
      documentTitle={t('invite.documentTitle')}
      lead={t(`invite.kind.${preview.data.spaceKind}`)}
    >
      <Card>
        <p>{t('invite.validUntil', { date: format.dateTime(preview.data.expiresAt) })}</p>
        {me.data ? <JoinSpace token={token} displayName={me.data.displayName} /> : <SignInFirst />}
      </Card>
    </Page>
  );
}

function JoinSpace({ token, displayName }: { token: string; displayName: string }) {
  const navigate = useNavigate();
  const location = useLocation();
  const accept = useAcceptInvite(token);

  const join = () =>
    accept.mutate(undefined, {
      onSuccess: (space) => void navigate(spacePath(space.id), { replace: true }),
      onError: (error) => {
        if (isUnauthenticated(error)) void navigate(withNext('/login', location.pathname));
      },
    });

  if (isExpired(accept.error)) return <Alert tone="error">{t('invite.expired.lead')}</Alert>;
  if (isApiError(accept.error) && accept.error.code === 'already_member') {
    return (
      <>
        <Alert tone="info">{errorMessage(accept.error)}</Alert>
        <ButtonLink to="/spaces">{t('invite.openSpaces')}</ButtonLink>
      </>
    );
  }
  return (
    <>
      <p>{t('invite.signedInAs', { name: displayName })}</p>
      <FormError error={accept.error} />
      <Button busy={accept.isPending} onClick={join}>
        {t('invite.join')}
      </Button>
    </>
  );
}

function SignInFirst() {
  const { pathname } = useLocation();
  return (
    <>
      <p>{t('invite.signedOut')}</p>
      <div className="button-row">
        <ButtonLink to={withNext('/register', pathname)}>{t('invite.createAccount')}</ButtonLink>
        <ButtonLink to={withNext('/login', pathname)} variant="secondary">
          {t('invite.signIn')}
        </ButtonLink>
      </div>
    </>
  );
}

function ExpiredInvite() {
  return (
    <Page title={t('invite.expired.title')} lead={t('invite.expired.lead')}>
      <ButtonLink to="/">{t('notFound.home')}</ButtonLink>
    </Page>
  );
}
