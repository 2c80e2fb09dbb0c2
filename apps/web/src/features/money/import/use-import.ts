import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/api/query-keys';
import { moneyMutationOptions } from '../use-money';
import { previewImport, runImport } from './import-api';
import type { ImportRequest } from './import-request';

/** The file being imported: its text, and a number that tells one choice of file from the next. */
export interface ChosenFile {
  key: number;
  name: string;
  csv: string;
}

/**
 * The preview of a file with the choices made so far. While a changed choice is previewed, the
 * last preview of the same file stays on screen; another file's never does. It is fetched only
 * when the file or a choice changes — never on focus or reconnect, which would upload it again.
 */
export function importPreviewQuery(
  spaceId: string,
  file: ChosenFile | undefined,
  options: Omit<ImportRequest, 'csv'>,
) {
  const fileKey = file?.key ?? 0;
  return queryOptions({
    queryKey: queryKeys.moneyImportPreview(spaceId, fileKey, options),
    queryFn: () => previewImport(spaceId, { csv: file?.csv ?? '', ...options }),
    enabled: file !== undefined,
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === fileKey ? previous : undefined,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

export const useImportPreview = (...args: Parameters<typeof importPreviewQuery>) =>
  useQuery(importPreviewQuery(...args));

/** Imports, then refetches everything about money: the ledger and balances have changed. */
export function useImport(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation(
    moneyMutationOptions(queryClient, spaceId, (body: ImportRequest) => runImport(spaceId, body)),
  );
}
