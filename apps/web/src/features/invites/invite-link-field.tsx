import { useRef, useState } from 'react';
import type { InviteCreated } from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/text-field';
import { copyText } from './copy-text';

/**
 * The new link, read-only, with "Copy link" (where copying is refused the text is selected) and,
 * on devices that have a share sheet (most phones), "Share link".
 */
export function InviteLinkField({ invite }: { invite: InviteCreated }) {
  const input = useRef<HTMLInputElement>(null);
  const [copyResult, setCopyResult] = useState<'copied' | 'selected'>();

  const copy = async () => {
    const copied = await copyText(invite.url);
    if (!copied) {
      input.current?.focus();
      input.current?.select();
    }
    setCopyResult(copied ? 'copied' : 'selected');
  };

  const canShare = typeof navigator.share === 'function';
  const share = () =>
    // Closing the share sheet rejects; the link is still on screen, so nothing is lost.
    navigator.share({ text: t('invites.shareText'), url: invite.url }).catch(() => undefined);

  return (
    <div className="invite-link">
      <TextField
        ref={input}
        label={t('invites.link')}
        hint={t('invites.linkHint', { date: format.dateTime(invite.expiresAt) })}
        readOnly
        value={invite.url}
        onFocus={(event) => event.target.select()}
      />
      <div className="button-row">
        <Button onClick={() => void copy()}>{t('invites.copy')}</Button>
        {canShare ? (
          <Button variant="secondary" onClick={() => void share()}>
            {t('invites.share')}
          </Button>
        ) : null}
      </div>
      {copyResult === 'copied' ? <Alert tone="success">{t('invites.copied')}</Alert> : null}
      {copyResult === 'selected' ? <Alert tone="info">{t('invites.copyFallback')}</Alert> : null}
    </div>
  );
}
