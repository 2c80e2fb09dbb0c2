import { IMPORT_MAX_BYTES } from '@tandem/shared';
import { describe, expect, it } from 'vitest';
import { columnsOf, fileProblem, megabytes } from './import-file';

describe('fileProblem', () => {
  it('lets a file up to the server’s limit through', () => {
    expect(fileProblem(1)).toBeUndefined();
    expect(fileProblem(IMPORT_MAX_BYTES)).toBeUndefined();
  });

  it('refuses a file past the limit before it is sent, saying how big it is and may be', () => {
    expect(fileProblem(IMPORT_MAX_BYTES + 1)).toMatch(/^That file is 5 MB; at most 5 MB/);
    expect(fileProblem(7.25 * 1024 * 1024)).toMatch(/^That file is 7\.3 MB; at most 5 MB/);
  });

  it('refuses an empty file', () => {
    expect(fileProblem(0)).toMatch(/empty/);
  });
});

describe('megabytes', () => {
  it('rounds to a tenth, and never says a small file is nothing', () => {
    expect(megabytes(5 * 1024 * 1024)).toBe('5 MB');
    expect(megabytes(1_500_000)).toBe('1.4 MB');
    expect(megabytes(10)).toBe('0.1 MB');
  });
});

describe('columnsOf', () => {
  it('reads the columns as the server does: a byte-order mark, semicolons, quotes', () => {
    const csv = '\ufeffDatum;Zweck;Betrag\n01.11.2026;"Miete; Whg. 3";-1.200,00\n02.11.2026;Brot\n';
    expect(columnsOf(csv)).toEqual({ count: 3, firstRow: ['Datum', 'Zweck', 'Betrag'] });
  });

  it('counts the widest row', () => {
    expect(columnsOf('a,b\n1,2,3,4\n')?.count).toBe(4);
  });

  it('gives up on a file it cannot read, leaving the preview to say why', () => {
    expect(columnsOf('Date,Text,Amount\n2026-01-01,"open,1\n')).toBeNull();
    expect(columnsOf('\n\n')).toBeNull();
  });
});
