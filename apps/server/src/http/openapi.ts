import { errorCatalogue, type ErrorCode } from '@tandem/shared';
import { z } from 'zod';
import type { RouteDefinition } from './route';

type JsonSchema = Record<string, unknown>;

const errorBody: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', enum: Object.keys(errorCatalogue) },
        message: { type: 'string' },
        details: { type: 'object' },
      },
    },
  },
};

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const json: JsonSchema = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  delete json.$schema;
  return json;
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: property,
  }));
}

/** Every error code a route can answer with: the shared rules, then the route's own. */
export function errorCodesOf(route: RouteDefinition): ErrorCode[] {
  const codes = new Set<ErrorCode>(['internal']);
  if (route.access !== 'public') codes.add('unauthenticated');
  if (route.access === 'member' || route.params) codes.add('not_found');
  if (route.body || route.query) codes.add('validation_failed');
  if (route.method !== 'GET') {
    for (const code of [
      'bad_origin',
      'bad_request',
      'payload_too_large',
      'unsupported_media_type',
    ] as const) {
      codes.add(code);
    }
  }
  if (route.rateLimited) codes.add('rate_limited');
  for (const code of route.errors ?? []) codes.add(code);
  return [...codes];
}

function errorResponses(route: RouteDefinition) {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorCodesOf(route)) {
    const status = errorCatalogue[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, codes]) => [
      String(status),
      {
        description: codes.join(', '),
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    ]),
  );
}

const operationId = (method: string, path: string) =>
  method.toLowerCase() +
  path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''));

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function buildOpenApiDocument(routes: RouteDefinition[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    const status = String(route.status ?? 200);
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      summary: route.summary,
      tags: [route.tag],
      operationId: operationId(route.method, path),
      security: route.access === 'public' ? [] : [{ session: [] }],
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: toSchema(route.body, 'input') } },
            },
          }
        : {}),
      responses: {
        [status]:
          status === '204'
            ? { description: 'Done.' }
            : {
                description: 'OK',
                content: route.image
                  ? { 'image/*': { schema: { type: 'string', format: 'binary' } } }
                  : {
                      [route.file?.contentType ?? 'application/json']: {
                        schema: toSchema(route.response, 'output'),
                      },
                    },
              },
        ...errorResponses(route),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tandem API',
      version,
      description: 'JSON over HTTP. Errors share one shape with stable codes.',
    },
    paths,
    components: {
      schemas: { Error: errorBody },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'tandem_session' } },
    },
  };
}
