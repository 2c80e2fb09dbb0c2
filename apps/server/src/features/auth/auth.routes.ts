import {
  changePasswordBody,
  emptyResponse,
  loginBody,
  meSchema,
  registerBody,
  sessionList,
  sessionParams,
  updateMeBody,
} from '@tandem/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';
import { presentMe, presentSession } from './auth.presenter';
import { clearSessionCookie, sessionToken, setSessionCookie } from './session-cookie';

export function authRoutes({ auth, config }: Services) {
  const signIn = (ctx: { request: FastifyRequest; reply: FastifyReply }, token: string) =>
    setSessionCookie(ctx.request, ctx.reply, token, config.sessionTtlDays, config.publicUrl);

  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/register',
      access: 'public',
      tag: 'auth',
      summary: 'Create an account and sign in',
      body: registerBody,
      response: meSchema,
      status: 201,
      rateLimited: true,
      errors: ['email_taken'],
      handler: async (ctx) => {
        const userAgent = ctx.request.headers['user-agent'] ?? null;
        const signedIn = await auth.register(ctx.body, userAgent, sessionToken(ctx.request));
        signIn(ctx, signedIn.token);
        return presentMe(signedIn.user);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/login',
      access: 'public',
      tag: 'auth',
      summary: 'Sign in with email and password',
      body: loginBody,
      response: meSchema,
      rateLimited: true,
      errors: ['invalid_credentials'],
      handler: async (ctx) => {
        const userAgent = ctx.request.headers['user-agent'] ?? null;
        const signedIn = await auth.login(ctx.body, userAgent, sessionToken(ctx.request));
        signIn(ctx, signedIn.token);
        return presentMe(signedIn.user);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/logout',
      access: 'user',
      tag: 'auth',
      summary: 'Sign out this device',
      response: emptyResponse,
      status: 204,
      handler: async (ctx) => {
        await auth.logout(ctx.auth);
        clearSessionCookie(ctx.reply);
        return null;
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/me',
      access: 'user',
      tag: 'auth',
      summary: 'The signed-in person',
      response: meSchema,
      handler: (ctx) => Promise.resolve(presentMe(ctx.auth.user)),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/me',
      access: 'user',
      tag: 'auth',
      summary: 'Change my name or time zone',
      body: updateMeBody,
      response: meSchema,
      handler: async (ctx) => presentMe(await auth.updateMe(ctx.auth, ctx.body)),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/password',
      access: 'user',
      tag: 'auth',
      summary: 'Change my password; signs out my other devices',
      body: changePasswordBody,
      response: emptyResponse,
      status: 204,
      rateLimited: true,
      handler: async (ctx) => {
        await auth.changePassword(ctx.auth, ctx.body);
        return null;
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/auth/sessions',
      access: 'user',
      tag: 'auth',
      summary: 'My signed-in devices',
      response: sessionList,
      handler: async (ctx) => {
        const rows = await auth.listSessions(ctx.auth);
        return { items: rows.map((row) => presentSession(row, ctx.auth.sessionId)) };
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/auth/sessions/:sessionId',
      access: 'user',
      tag: 'auth',
      summary: 'Sign out one of my devices',
      params: sessionParams,
      response: emptyResponse,
      status: 204,
      handler: async (ctx) => {
        await auth.revokeSession(ctx.auth, ctx.params.sessionId);
        if (ctx.params.sessionId === ctx.auth.sessionId) clearSessionCookie(ctx.reply);
        return null;
      },
    }),
  ];
}
