import { hashSecret, newSecret, secretMatches } from '../auth/secrets';

/** An invite token is `<invite id>.<secret>`; only the secret's hash is stored. */
export function newInviteToken(inviteId: string): { token: string; secretHash: string } {
  const secret = newSecret();
  return { token: `${inviteId}.${secret}`, secretHash: hashSecret(secret) };
}

export function splitInviteToken(token: string): { inviteId: string; secret: string } {
  const [inviteId = '', secret = ''] = token.split('.');
  return { inviteId, secret };
}

export const inviteSecretMatches = secretMatches;
