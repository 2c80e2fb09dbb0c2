import { LoadError } from '../../app/load-error';
import { t } from '../../lib/i18n';
import { Loading } from '../../ui/loading';
import { Page } from '../../ui/page';
import { InviteSection } from '../invites/invite-section';
import { LeaveSpaceSection } from './leave-space-section';
import { MemberList } from './member-list';
import { RenameSpaceForm } from './rename-space-form';
import { useCurrentSpace } from './space-context';
import { useMembers } from './use-spaces';

export function MembersPage() {
  const space = useCurrentSpace();
  const members = useMembers(space.id);

  return (
    <Page
      title={t('members.title')}
      documentTitle={t('common.inSpace', { page: t('members.title'), space: space.name })}
      lead={t('members.capacity', { count: space.memberCount, max: space.maxMembers })}
    >
      {members.isPending ? <Loading /> : null}
      {members.isError ? (
        <LoadError error={members.error} onRetry={() => void members.refetch()} />
      ) : null}
      {members.data ? <MemberList members={members.data.items} /> : null}
      <InviteSection space={space} />
      {space.capabilities.canRename ? <RenameSpaceForm space={space} /> : null}
      {space.capabilities.canLeave ? <LeaveSpaceSection space={space} /> : null}
    </Page>
  );
}
