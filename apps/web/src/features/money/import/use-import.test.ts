import { QueryClient, QueryObserver } from '@tanstack/react-query';
import type { ImportPreview } from '@tandem/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../../../lib/api/query-keys';
import { previewImport } from './import-api';
import { importPreviewQuery } from './use-import';

vi.mock('./import-api', () => ({ previewImport: vi.fn() }));
const previews = vi.mocked(previewImport);

const previewOf = (description: string): ImportPreview => ({
  kind: 'bank',
  mapping: null,
  header: null,
  people: [],
  rows: [
    {
      line: 2,
      spentOn: '2026-11-01',
      amount: 100,
      currency: 'EUR',
      description,
      payment: false,
      error: null,
      duplicateOf: null,
      skip: false,
    },
  ],
});

/** Answers each preview request when told to, so what is shown meanwhile can be checked. */
function pendingAnswers() {
  const answers: ((preview: ImportPreview) => void)[] = [];
  previews.mockImplementation(() => new Promise((resolve) => answers.push(resolve)));
  return answers;
}

afterEach(() => previews.mockReset());

const bankFile = { key: 1, name: 'bank.csv', csv: 'a' };
const otherFile = { key: 2, name: 'other.csv', csv: 'b' };

describe('importPreviewQuery', () => {
  it('sits outside the space, so an event or a reconnect never uploads the file again', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    previews.mockResolvedValue(previewOf('Rent'));
    const observer = new QueryObserver(client, importPreviewQuery('s1', bankFile, {}));
    const stop = observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toBeDefined());
    await client.invalidateQueries({ queryKey: queryKeys.space('s1') });
    expect(previews).toHaveBeenCalledTimes(1);
    expect(previews).toHaveBeenCalledWith('s1', { csv: 'a' });
    stop();
  });

  it('keeps the last preview of the same file while a changed column is previewed', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const answers = pendingAnswers();
    const observer = new QueryObserver(client, importPreviewQuery('s1', bankFile, {}));
    const stop = observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    answers[0]!(previewOf('Rent'));
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toBeDefined());

    observer.setOptions(importPreviewQuery('s1', bankFile, { includeMoneyIn: true }));
    expect(observer.getCurrentResult()).toMatchObject({
      isPlaceholderData: true,
      isFetching: true,
    });
    expect(observer.getCurrentResult().data?.rows[0]?.description).toBe('Rent');

    // Another file shows nothing of the first while its own preview loads.
    observer.setOptions(importPreviewQuery('s1', otherFile, {}));
    expect(observer.getCurrentResult().data).toBeUndefined();
    stop();
  });

  it('asks nothing before a file is chosen', () => {
    const client = new QueryClient();
    const observer = new QueryObserver(client, importPreviewQuery('s1', undefined, {}));
    const stop = observer.subscribe(() => undefined);
    expect(previews).not.toHaveBeenCalled();
    stop();
  });
});
