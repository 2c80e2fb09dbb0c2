import { isApiError } from '../../lib/api/api-error';

const isUnder = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`);

/**
 * The server's first message for a field or anything inside it: `participants.1` is shown at
 * "Who shares it", `split.percents.<id>` at the split.
 */
export function errorUnder(error: unknown, prefix: string): string | undefined {
  if (!isApiError(error)) return undefined;
  return Object.entries(error.fields).find(([path]) => isUnder(path, prefix))?.[1];
}

/** The paths the server named that a form shows next to a field (for FormError to skip). */
export function shownPaths(error: unknown, prefixes: readonly string[]): string[] {
  if (!isApiError(error)) return [];
  return Object.keys(error.fields).filter((path) => prefixes.some((p) => isUnder(path, p)));
}
