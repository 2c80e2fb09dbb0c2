import type { ImportPreview } from '@tandem/shared';
import { api, apiBase, segment } from '../../../lib/api/api-client';
import type { ImportRequest } from './import-request';

export interface ImportResult {
  expenses: number;
  settlements: number;
}

const base = (spaceId: string) => `/spaces/${segment(spaceId)}/money`;

export const previewImport = (spaceId: string, body: ImportRequest) =>
  api.post<ImportPreview>(`${base(spaceId)}/import/preview`, body);
export const runImport = (spaceId: string, body: ImportRequest) =>
  api.post<ImportResult>(`${base(spaceId)}/import`, body);

/** A plain link downloads it: the session cookie goes along, and the server names the file. */
export const exportUrl = (spaceId: string, format: 'csv' | 'json') =>
  `${apiBase}${base(spaceId)}/export.${format}`;
