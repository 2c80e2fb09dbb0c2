/** Who is calling: resolved once per request from the session cookie. */
export interface AuthContext {
  sessionId: string;
  /** When the session ends by itself; live connections end with it. */
  sessionExpiresAt: string;
  user: {
    id: string;
    email: string;
    displayName: string;
    timeZone: string;
    createdAt: string;
  };
}
