import type { ChangePasswordBody, LoginBody, RegisterBody, UpdateMeBody } from '@tandem/shared';
import { isUniqueViolation } from '../../db/database';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError, invalidField } from '../../http/app-error';
import type { EventBus } from '../../realtime/event-bus';
import type { AuthContext } from './auth-context';
import * as repo from './auth.repository';
import { decoyPasswordHash, hashPassword, hashSecret, newSecret, verifyPassword } from './secrets';

/** A session token (for the cookie only) and the person it signs in. */
export interface SignedIn {
  token: string;
  user: AuthContext['user'];
}

// Writing last_seen_at on every request would turn every read into a write; once a minute is
// plenty for "last active" in the sessions list.
const TOUCH_INTERVAL_MS = 60_000;

export class AuthService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
    private readonly sessionTtlDays: number,
  ) {}

  /** Creating an account signs in on this device, ending any session the device had. */
  async register(
    input: RegisterBody,
    userAgent: string | null,
    previousToken?: string,
  ): Promise<SignedIn> {
    const now = nowIso();
    const row: repo.UserRow = {
      id: newId(),
      email: input.email,
      password_hash: await hashPassword(input.password),
      display_name: input.displayName,
      time_zone: input.timeZone ?? 'UTC',
      created_at: now,
      updated_at: now,
    };
    const { signedIn, ended } = await this.db.transaction().execute(async (trx) => {
      try {
        await repo.insertUser(trx, row);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        throw new AppError('email_taken', {
          fields: [{ path: 'email', message: 'Already registered.' }],
        });
      }
      return this.replaceSession(trx, toUser(row), userAgent, previousToken);
    });
    await this.endConnections(ended);
    return signedIn;
  }

  /** Unknown email and wrong password fail alike, in the same time. */
  async login(
    input: LoginBody,
    userAgent: string | null,
    previousToken?: string,
  ): Promise<SignedIn> {
    const row = await repo.findUserByEmail(this.db, input.email);
    const valid = await verifyPassword(
      row?.password_hash ?? (await decoyPasswordHash()),
      input.password,
    );
    if (!row || !valid) throw new AppError('invalid_credentials');
    const { signedIn, ended } = await this.db
      .transaction()
      .execute((trx) => this.replaceSession(trx, toUser(row), userAgent, previousToken));
    await this.endConnections(ended);
    return signedIn;
  }

  async logout(auth: AuthContext): Promise<void> {
    await this.endConnections(await repo.deleteSession(this.db, auth.user.id, auth.sessionId));
  }

  async resolveSession(token: string): Promise<AuthContext | null> {
    const now = new Date();
    const found = await repo.findLiveSessionByTokenHash(
      this.db,
      hashSecret(token),
      now.toISOString(),
    );
    if (!found) return null;
    if (now.getTime() - Date.parse(found.lastSeenAt) > TOUCH_INTERVAL_MS) {
      await repo.touchSession(this.db, found.sessionId, now.toISOString());
    }
    const { sessionId, expiresAt, userId, email, displayName, timeZone, createdAt } = found;
    return {
      sessionId,
      sessionExpiresAt: expiresAt,
      user: { id: userId, email, displayName, timeZone, createdAt },
    };
  }

  async updateMe(auth: AuthContext, changes: UpdateMeBody): Promise<AuthContext['user']> {
    const updated = {
      ...auth.user,
      ...(changes.displayName !== undefined ? { displayName: changes.displayName } : {}),
      ...(changes.timeZone !== undefined ? { timeZone: changes.timeZone } : {}),
    };
    await repo.updateUser(this.db, auth.user.id, {
      display_name: updated.displayName,
      time_zone: updated.timeZone,
      updated_at: nowIso(),
    });
    return updated;
  }

  /** A new password signs out every other device, live connections included. */
  async changePassword(auth: AuthContext, input: ChangePasswordBody): Promise<void> {
    const row = await repo.findUserById(this.db, auth.user.id);
    if (!row || !(await verifyPassword(row.password_hash, input.currentPassword))) {
      throw invalidField('currentPassword', 'This is not your current password.');
    }
    const passwordHash = await hashPassword(input.newPassword);
    const ended = await this.db.transaction().execute(async (trx) => {
      await repo.updateUser(trx, row.id, { password_hash: passwordHash, updated_at: nowIso() });
      return repo.deleteOtherSessions(trx, row.id, auth.sessionId);
    });
    await this.endConnections(ended);
  }

  listSessions(auth: AuthContext) {
    return repo.listSessionsOfUser(this.db, auth.user.id, nowIso());
  }

  async revokeSession(auth: AuthContext, sessionId: string): Promise<void> {
    const ended = await repo.deleteSession(this.db, auth.user.id, sessionId);
    if (ended.length === 0) throw new AppError('not_found');
    await this.endConnections(ended);
  }

  /** Expired sessions can no longer sign anyone in; this only keeps the table small. */
  async pruneExpiredSessions(): Promise<void> {
    await repo.deleteExpiredSessions(this.db, nowIso());
  }

  /** A new session id at every sign-in: a token planted before sign-in is worth nothing after. */
  private async replaceSession(
    db: Executor,
    user: AuthContext['user'],
    userAgent: string | null,
    previousToken: string | undefined,
  ) {
    const ended = previousToken
      ? await repo.deleteSessionByTokenHash(db, hashSecret(previousToken))
      : [];
    const token = newSecret();
    const now = new Date();
    await repo.insertSession(db, {
      id: newId(),
      user_id: user.id,
      token_hash: hashSecret(token),
      user_agent: userAgent?.slice(0, 300) ?? null,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + this.sessionTtlDays * 86_400_000).toISOString(),
    });
    return { signedIn: { token, user }, ended };
  }

  private async endConnections(sessionIds: string[]): Promise<void> {
    if (sessionIds.length > 0) await this.bus.publish({ kind: 'sessions-ended', sessionIds });
  }
}

function toUser(row: repo.UserRow): AuthContext['user'] {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    timeZone: row.time_zone,
    createdAt: row.created_at,
  };
}
