import { describe, expect, it } from 'vitest';
import { KEEPALIVE_MAX_BYTES, readResponse, requestInit } from './api-client';
import { ApiError } from './api-error';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

describe('readResponse', () => {
  it('returns the parsed body of a successful response', async () => {
    await expect(readResponse(json(200, { items: [1] }))).resolves.toEqual({ items: [1] });
  });

  it('returns undefined for 204 No Content', async () => {
    await expect(readResponse(new Response(null, { status: 204 }))).resolves.toBeUndefined();
  });

  it('throws an ApiError carrying the server code and status', async () => {
    const response = json(404, { error: { code: 'not_found', message: 'Not found.' } });
    const error: unknown = await readResponse(response).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('throws `unknown` when an error response is not JSON', async () => {
    const response = new Response('<h1>Bad gateway</h1>', { status: 502 });
    await expect(readResponse(response)).rejects.toMatchObject({ status: 502, code: 'unknown' });
  });
});

describe('requestInit', () => {
  it('sends no body and no content type with GET', () => {
    const init = requestInit('GET');
    expect(init.body).toBeUndefined();
    expect(init.headers).not.toHaveProperty('Content-Type');
  });

  it('always sends a JSON body with unsafe methods', () => {
    expect(requestInit('POST').body).toBe('{}');
    expect(requestInit('DELETE').body).toBe('{}');
    const init = requestInit('PATCH', { name: 'Us' });
    expect(init.body).toBe('{"name":"Us"}');
    expect(init.headers).toHaveProperty('Content-Type', 'application/json');
    expect(init.keepalive).toBe(true);
  });

  it('sends a body over the keepalive cap (a photo) without keepalive, which would refuse it', () => {
    const photo = 'A'.repeat(KEEPALIVE_MAX_BYTES);
    expect(requestInit('POST', { note: 'Us', photo }).keepalive).toBe(false);
    const justUnder = 'é'.repeat((KEEPALIVE_MAX_BYTES - 20) / 2);
    expect(requestInit('POST', { t: justUnder }).keepalive).toBe(true);
    expect(requestInit('POST', { t: `${justUnder}${'é'.repeat(10)}` }).keepalive).toBe(false);
  });

  it('sends PUT as an unsafe method with its JSON body', () => {
    const init = requestInit('PUT', { hoursPerWeek: 4.5 });
    expect(init.method).toBe('PUT');
    expect(init.body).toBe('{"hoursPerWeek":4.5}');
    expect(init.headers).toHaveProperty('Content-Type', 'application/json');
  });
});
