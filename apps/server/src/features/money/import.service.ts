import {
  CsvError,
  detectMapping,
  isSplitwiseExport,
  likelyDuplicates,
  mapRows,
  readCsv,
  readSplitwise,
  splitwiseLines,
  type ImportPreview,
  type importBody,
} from '@tandem/shared';
import type { z } from 'zod';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError, invalidField } from '../../http/app-error';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import * as spacesRepo from '../spaces/spaces.repository';
import type { Membership } from '../spaces/spaces.repository';
import type { Viewer } from '../spaces/viewer';
import type { Draft } from './expense-lines';
import type { ExpensesService } from './expenses.service';
import * as repo from './money.repository';
import type { MoneyService } from './money.service';

type ImportInput = z.output<typeof importBody>;

/** One import is at most this many rows: a few years of a busy account. */
const MAX_ROWS = 20_000;

type PreviewRow = ImportPreview['rows'][number];

/**
 * Imports a bank's CSV export or a Splitwise export: a preview first (the detected layout,
 * each row with any error, likely duplicates), then all of it in one transaction — or, if any
 * chosen row is wrong, nothing, with the lines named.
 */
export class ImportService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
    private readonly money: MoneyService,
    private readonly expenses: ExpensesService,
  ) {}

  async preview(viewer: Viewer, input: ImportInput): Promise<ImportPreview> {
    return (await this.read(this.db, viewer, input)).preview;
  }

  async import(viewer: Viewer, input: ImportInput) {
    const { membership } = viewer;
    const now = nowIso();
    const result = await this.db.transaction().execute(async (trx) => {
      const { preview, people } = await this.read(trx, viewer, input);
      const chosen = preview.rows.filter((row) =>
        input.lines ? input.lines.includes(row.line) : !row.skip,
      );
      const wrong = chosen.filter((row) => row.error);
      if (wrong.length > 0) {
        throw new AppError('validation_failed', {
          fields: wrong
            .slice(0, 50)
            .map((row) => ({ path: `csv.line.${row.line}`, message: row.error! })),
        });
      }
      if (chosen.length === 0) throw invalidField('csv', 'There is nothing to import.');
      let expenses = 0;
      let settlements = 0;
      for (const row of chosen) {
        if (preview.kind === 'splitwise') {
          const kind = await this.insertSplitwise(trx, viewer, input, row, people, now);
          if (kind === 'settlement') settlements++;
          else expenses++;
        } else {
          const draft = await this.expenses.draftOf(trx, viewer, {
            amount: row.amount!,
            description: row.description,
            spentOn: row.spentOn!,
            currency: row.currency,
            category: input.category,
            privacy: input.privacy,
          });
          await this.insert(trx, membership, draft, row.line, now);
          expenses++;
        }
      }
      return { expenses, settlements };
    });
    await this.bus.publish({
      kind: 'event',
      spaceId: membership.spaceId,
      event: eventOf('expense', membership.spaceId, now),
      ...(input.privacy === 'private' ? { onlyTo: membership.userId } : {}),
    });
    return result;
  }

  private async read(db: Executor, viewer: Viewer, input: ImportInput) {
    const { membership } = viewer;
    let rows: string[][];
    try {
      rows = readCsv(input.csv).rows;
    } catch (error) {
      if (error instanceof CsvError) throw invalidField('csv', error.message);
      throw error;
    }
    if (rows.length > MAX_ROWS + 1) {
      throw invalidField(
        'csv',
        `At most ${MAX_ROWS} rows at a time; this file has ${rows.length}.`,
      );
    }
    const settings = await this.money.settings(db, membership.spaceId);
    const currency = input.currency ?? settings.currency;
    const existing = await repo.listForDuplicates(db, membership.spaceId, membership.userId);

    if (isSplitwiseExport(rows)) {
      const { people, entries } = readSplitwise(rows);
      const members = await spacesRepo.listMembers(db, membership.spaceId);
      const matched = people.map((name) => ({
        name,
        userId:
          input.people?.[name] ??
          members.find((m) => m.displayName.trim().toLowerCase() === name.toLowerCase())?.userId ??
          null,
      }));
      const previewRows = entries.map((entry) => ({
        line: entry.line,
        spentOn: entry.spentOn,
        amount: entry.cost,
        currency: entry.currency,
        description: entry.payment ? 'Payment' : entry.description,
        payment: entry.payment,
        error:
          entry.error ??
          (splitwiseLines(entry)
            ? null
            : `Line ${entry.line}: several people paid; add it by hand.`),
      }));
      return {
        preview: this.withDuplicates(
          'splitwise',
          null,
          rows[0] ?? null,
          matched,
          previewRows,
          existing,
          input,
        ),
        people: { matched, entries },
      };
    }

    const mapping = input.mapping ?? detectMapping(rows, currency);
    if (!mapping) {
      throw invalidField('csv', 'No column of dates and amounts found: is this a bank export?');
    }
    const width = Math.max(...rows.map((r) => r.length));
    const columns = [
      mapping.date,
      mapping.description,
      ...(typeof mapping.amount === 'number'
        ? [mapping.amount]
        : [mapping.amount.out, mapping.amount.in]),
    ];
    if (columns.some((c) => c >= width))
      throw invalidField('mapping', `The file has ${width} columns.`);
    const previewRows = mapRows(rows, mapping, currency).map((row) => ({
      ...row,
      currency,
      payment: false,
    }));
    return {
      preview: this.withDuplicates(
        'bank',
        mapping,
        mapping.hasHeader ? (rows[0] ?? null) : null,
        [],
        previewRows,
        existing,
        input,
      ),
      people: null,
    };
  }

  private withDuplicates(
    kind: ImportPreview['kind'],
    mapping: ImportPreview['mapping'],
    header: string[] | null,
    people: ImportPreview['people'],
    rows: Omit<PreviewRow, 'duplicateOf' | 'skip'>[],
    existing: { id: string; spentOn: string; amount: number; description: string | null }[],
    input: ImportInput,
  ): ImportPreview {
    const duplicates = likelyDuplicates(rows, existing);
    return {
      kind,
      mapping,
      header,
      people,
      rows: rows.map((row) => {
        const withDuplicate = {
          ...row,
          duplicateOf: duplicates.get(row.line) ?? null,
          skip: false,
        };
        return { ...withDuplicate, skip: isDefaultSkip(withDuplicate, input) };
      }),
    };
  }

  private async insert(
    db: Executor,
    membership: Membership,
    draft: Draft,
    line: number,
    now: string,
  ) {
    try {
      await this.expenses.insertDraft(db, membership, draft, {
        id: newId(),
        now,
        recurringId: null,
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'validation_failed') {
        const reason = error.details?.fields?.[0]?.message ?? error.message;
        throw invalidField(`csv.line.${line}`, `Line ${line}: ${reason}`);
      }
      throw error;
    }
  }

  private async insertSplitwise(
    db: Executor,
    viewer: Viewer,
    input: ImportInput,
    row: PreviewRow,
    people: {
      matched: ImportPreview['people'];
      entries: ReturnType<typeof readSplitwise>['entries'];
    } | null,
    now: string,
  ): Promise<'expense' | 'settlement'> {
    const entry = people!.entries.find((e) => e.line === row.line)!;
    const lines = splitwiseLines(entry)!;
    const member = (name: string) => {
      const userId = people!.matched.find((p) => p.name === name)?.userId;
      if (!userId || !viewer.membership.memberIds.includes(userId)) {
        throw invalidField('people', `Say which member "${name}" is.`);
      }
      return userId;
    };
    const byMember = (amounts: Record<string, number>) =>
      Object.fromEntries(Object.entries(amounts).map(([name, amount]) => [member(name), amount]));
    const paid = byMember(lines.paid);
    const owed = byMember(lines.owed);
    if (entry.payment) {
      const [from, amount] = Object.entries(paid)[0]!;
      const to = Object.keys(owed)[0]!;
      await this.expenses.insertSettlement(
        db,
        viewer.membership,
        { from, to, amount, currency: entry.currency, settledOn: entry.spentOn! },
        { id: newId(), now },
      );
      return 'settlement';
    }
    const draft = await this.expenses.draftOf(db, viewer, {
      amount: entry.cost!,
      description: entry.description,
      spentOn: entry.spentOn!,
      currency: entry.currency,
      category: entry.category,
      privacy: input.privacy === 'private' ? 'shared' : input.privacy,
      payers: Object.entries(paid).map(([userId, amount]) => ({ userId, amount })),
      participants: Object.keys(owed),
      split: { kind: 'exact', amounts: owed },
    });
    await this.insert(db, viewer.membership, draft, row.line, now);
    return 'expense';
  }
}

/**
 * Suggested to leave out: likely duplicates, and money in unless asked for. Rows in error are
 * not: importing a file with a wrong row fails as a whole, naming the line.
 */
function isDefaultSkip(
  row: Pick<PreviewRow, 'error' | 'duplicateOf' | 'amount' | 'payment'>,
  input: Pick<ImportInput, 'includeMoneyIn'>,
): boolean {
  const moneyIn = !row.payment && row.amount !== null && row.amount < 0;
  return row.duplicateOf !== null || (moneyIn && !input.includeMoneyIn);
}
