import type { followThroughBody } from '@tandem/shared';
import type { z } from 'zod';
import { AppError } from '../../http/app-error';
import type { ChoresService } from '../chores/chores.service';
import type { MoneyService } from '../money/money.service';
import type { Viewer } from '../spaces/viewer';

export type FollowThroughInput = z.output<typeof followThroughBody>;
export interface Link {
  kind: 'responsibility' | 'expense_rule' | 'decision';
  ref: string;
}

/**
 * What was decided or agreed, carried into the module that lives with it: a responsibility on
 * the chores list, or a split rule for a money category. Each module checks its own input and
 * tells the space of the change, as if the member had made it there.
 */
export class FollowThrough {
  constructor(
    private readonly chores: ChoresService,
    private readonly money: MoneyService,
  ) {}

  async create(viewer: Viewer, input: FollowThroughInput): Promise<Link> {
    if (input.kind === 'responsibility') {
      const created = await this.chores.create(
        viewer.membership,
        viewer.timeZone,
        input.responsibility,
      );
      return { kind: 'responsibility', ref: created.id };
    }
    await this.money.updateSettings(viewer.membership, {
      categorySplits: { [input.category]: input.split },
    });
    return { kind: 'expense_rule', ref: input.category };
  }
}

/**
 * Runs `create` once for a record that may carry one link: `claim` marks it taken (false when
 * someone else got there first), and a failed creation gives the claim back.
 */
export async function linkOnce(
  claim: () => Promise<boolean>,
  create: () => Promise<Link>,
  save: (link: Link | null) => Promise<void>,
): Promise<Link> {
  if (!(await claim())) throw new AppError('already_linked');
  try {
    const link = await create();
    await save(link);
    return link;
  } catch (error) {
    await save(null);
    throw error;
  }
}
