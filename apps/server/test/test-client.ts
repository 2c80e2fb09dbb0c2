import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Me, Space } from '@tandem/shared';

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** One person's browser, as far as the API can tell: a cookie jar over `app.inject()`. */
export class TestClient {
  cookie: string | undefined;
  me!: Me;

  constructor(readonly app: FastifyInstance) {}

  async request<T = any>(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
  ): Promise<TestResponse<T>> {
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
    const setCookie = response.cookies.find((c) => c.name === 'tandem_session');
    if (setCookie) this.cookie = setCookie.value ? `tandem_session=${setCookie.value}` : undefined;
    const text = response.body;
    return {
      status: response.statusCode,
      body: (text && response.headers['content-type']?.toString().includes('json')
        ? JSON.parse(text)
        : text) as T,
      headers: response.headers,
    };
  }

  get = <T = any>(url: string) => this.request<T>('GET', url);
  post = <T = any>(url: string, body: unknown = {}) => this.request<T>('POST', url, body);
  patch = <T = any>(url: string, body: unknown) => this.request<T>('PATCH', url, body);
  delete = <T = any>(url: string) => this.request<T>('DELETE', url);
}

export async function signUp(
  app: FastifyInstance,
  overrides: Partial<{
    email: string;
    password: string;
    displayName: string;
    timeZone: string;
  }> = {},
): Promise<TestClient> {
  const client = new TestClient(app);
  const id = unique();
  const response = await client.post<Me>('/api/v1/auth/register', {
    email: `person-${id}@example.test`,
    password: 'correct horse battery',
    displayName: `Person ${id}`,
    timeZone: 'Europe/Berlin',
    ...overrides,
  });
  if (response.status !== 201) throw new Error(`register failed: ${JSON.stringify(response.body)}`);
  client.me = response.body;
  return client;
}

export async function createSpace(
  client: TestClient,
  kind: 'couple' | 'household' = 'couple',
): Promise<Space> {
  const response = await client.post<Space>('/api/v1/spaces', { name: 'Us', kind });
  if (response.status !== 201)
    throw new Error(`create space failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function invite(client: TestClient, spaceId: string): Promise<string> {
  const response = await client.post<{ token: string }>(`/api/v1/spaces/${spaceId}/invites`);
  if (response.status !== 201) throw new Error(`invite failed: ${JSON.stringify(response.body)}`);
  return response.body.token;
}

/** Two partners in one couple space, and a stranger with a space of their own. */
export async function createCouple(app: FastifyInstance) {
  const a = await signUp(app);
  const b = await signUp(app);
  const stranger = await signUp(app);
  const space = await createSpace(a);
  const strangerSpace = await createSpace(stranger);
  const token = await invite(a, space.id);
  const joined = await b.post(`/api/v1/invites/${token}/accept`);
  if (joined.status !== 200) throw new Error(`accept failed: ${JSON.stringify(joined.body)}`);
  return { a, b, stranger, space, strangerSpace };
}
