import {
  nextPrompt,
  prompts,
  promptDecks,
  revealWhenAllAnswered,
  waitingForAnswers,
  type PromptDeck,
  type PromptRound,
  type RevealableAnswer,
} from '@tandem/shared';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError } from '../../http/app-error';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import type { Membership } from '../spaces/spaces.repository';
import type { NotificationsService } from './notifications.service';
import * as repo from './prompts.repository';

const others = (membership: Membership) =>
  membership.memberIds.filter((id) => id !== membership.userId);

/**
 * Conversation prompts: asked in the space, answered by each member privately, revealed to
 * all once everyone has answered (the same reveal-together rule as check-ins). Until then
 * nobody else receives an answer's text — not in a response, nor in an event.
 */
export class PromptsService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
    private readonly notifications: NotificationsService,
  ) {}

  async decks(membership: Membership) {
    const [asked, own] = await Promise.all([
      repo.countAskedByDeck(this.db, membership.spaceId),
      repo.listOwnPrompts(this.db, membership.spaceId),
    ]);
    return promptDecks.map((deck) => ({
      deck,
      prompts:
        prompts.filter((p) => p.deck === deck).length + own.filter((o) => o.deck === deck).length,
      asked: Number(asked.find((a) => a.deck === deck)?.asked ?? 0),
    }));
  }

  /**
   * The deck's open prompt — one not everyone has answered yet — or the next one: a prompt is
   * not asked again until the whole deck has been.
   */
  async ask(membership: Membership, deck: PromptDeck): Promise<PromptRound> {
    const [asked, own] = await Promise.all([
      repo.askedInDeck(this.db, membership.spaceId, deck),
      repo.listOwnPrompts(this.db, membership.spaceId),
    ]);
    const open = asked
      .filter((a) => !a.completed_at)
      .sort((x, y) => (x.asked_at < y.asked_at ? 1 : -1))[0];
    if (open) return this.get(membership, open.id);
    const ownInDeck = own.filter((o) => o.deck === deck);
    const key = nextPrompt(
      deck,
      asked.map((a) => ({ key: a.prompt_key, askedAt: a.asked_at })),
      ownInDeck.map((o) => o.id),
    );
    const text =
      prompts.find((p) => p.key === key)?.text ?? ownInDeck.find((o) => o.id === key)!.text;
    const now = nowIso();
    const id = newId();
    await repo.insertRound(this.db, {
      id,
      space_id: membership.spaceId,
      deck,
      prompt_key: key,
      text,
      asked_by: membership.userId,
      asked_at: now,
      completed_at: null,
    });
    await this.announce(membership.spaceId, id, now);
    await this.notifications.notify(membership.spaceId, others(membership), 'prompt', id);
    return this.get(membership, id);
  }

  async list(membership: Membership): Promise<PromptRound[]> {
    const rounds = await repo.listRounds(this.db, membership.spaceId, 50);
    return this.present(membership, rounds);
  }

  async get(membership: Membership, id: string): Promise<PromptRound> {
    const round = await repo.findRound(this.db, membership.spaceId, id);
    if (!round) throw new AppError('not_found');
    return (await this.present(membership, [round]))[0]!;
  }

  /** My answer; it can change until everyone has seen it, then it is final. */
  async answer(membership: Membership, id: string, text: string): Promise<PromptRound> {
    const now = nowIso();
    await this.db.transaction().execute(async (trx) => {
      const round = await repo.findRound(trx, membership.spaceId, id);
      if (!round) throw new AppError('not_found');
      const answers = (await repo.listAnswers(trx, [id])).map((a) => answerOf(a, round));
      const mine = answers.find((a) => a.authorId === membership.userId);
      if (
        mine &&
        (round.completed_at || waitingForAnswers(membership.memberIds, answers).length === 0)
      ) {
        throw new AppError('answer_final');
      }
      await repo.saveAnswer(trx, {
        round_id: id,
        space_id: membership.spaceId,
        user_id: membership.userId,
        text,
        answered_at: now,
      });
      const after = [
        ...answers.filter((a) => a.authorId !== membership.userId),
        answerOf({ user_id: membership.userId }, round),
      ];
      if (waitingForAnswers(membership.memberIds, after).length === 0) {
        await repo.markCompleted(trx, membership.spaceId, id, now);
      }
    });
    await this.announce(membership.spaceId, id, now);
    // Those still to answer hear that an answer waits for theirs — once, on the first answer.
    const round = await this.get(membership, id);
    if (round.answers.length === 1 && round.waitingFor.length > 0) {
      await this.notifications.notify(membership.spaceId, round.waitingFor, 'prompt', id);
    }
    return round;
  }

  async favourite(membership: Membership, id: string, favourite: boolean): Promise<PromptRound> {
    await this.get(membership, id);
    await repo.setFavourite(
      this.db,
      { round_id: id, space_id: membership.spaceId, user_id: membership.userId },
      favourite,
    );
    // A bookmark is mine: the others are not told.
    await this.bus.publish({
      kind: 'event',
      spaceId: membership.spaceId,
      event: eventOf('prompt', id, nowIso()),
      onlyTo: membership.userId,
    });
    return this.get(membership, id);
  }

  async ownPrompts(membership: Membership) {
    const rows = await repo.listOwnPrompts(this.db, membership.spaceId);
    return rows.map((row) => ({
      id: row.id,
      deck: row.deck as PromptDeck,
      depth: row.depth as 'light' | 'deep',
      text: row.text,
      createdBy: row.created_by,
    }));
  }

  async addOwnPrompt(
    membership: Membership,
    input: { deck: PromptDeck; depth: 'light' | 'deep'; text: string },
  ) {
    const now = nowIso();
    const id = newId();
    await repo.insertOwnPrompt(this.db, {
      id,
      space_id: membership.spaceId,
      ...input,
      created_by: membership.userId,
      created_at: now,
    });
    await this.announce(membership.spaceId, id, now);
    return (await this.ownPrompts(membership)).find((p) => p.id === id)!;
  }

  async removeOwnPrompt(membership: Membership, id: string) {
    if (!(await repo.deleteOwnPrompt(this.db, membership.spaceId, id))) {
      throw new AppError('not_found');
    }
    await this.announce(membership.spaceId, id, nowIso());
  }

  private async present(membership: Membership, rounds: repo.RoundRow[]): Promise<PromptRound[]> {
    const [answers, favourites] = await Promise.all([
      repo.listAnswers(
        this.db,
        rounds.map((r) => r.id),
      ),
      repo.listFavourites(this.db, membership.spaceId, membership.userId),
    ]);
    const favoured = new Set(favourites.map((f) => f.round_id));
    return rounds.map((round) => {
      const own = answers.filter((a) => a.round_id === round.id);
      const revealable = own.map((a) => answerOf(a, round));
      const waitingFor = waitingForAnswers(membership.memberIds, revealable);
      return {
        id: round.id,
        deck: round.deck as PromptDeck,
        text: round.text,
        askedBy: round.asked_by,
        askedAt: round.asked_at,
        answers: own.flatMap((a, i) => {
          const view = revealWhenAllAnswered(
            membership.userId,
            revealable[i]!,
            membership.memberIds,
            revealable,
          );
          if (view === 'hidden') return [];
          return [
            {
              userId: a.user_id,
              view,
              text: view === 'full' ? a.text : null,
              answeredAt: a.answered_at,
            },
          ];
        }),
        waitingFor,
        favourite: favoured.has(round.id),
        capabilities: {
          canAnswer:
            !own.some((a) => a.user_id === membership.userId) ||
            (round.completed_at === null && waitingFor.length > 0),
        },
      };
    });
  }

  private announce(spaceId: string, id: string, updatedAt: string) {
    return this.bus.publish({ kind: 'event', spaceId, event: eventOf('prompt', id, updatedAt) });
  }
}

function answerOf(answer: { user_id: string }, round: repo.RoundRow): RevealableAnswer {
  return {
    authorId: answer.user_id,
    visibility: 'shared',
    revealedEarly: false,
    roundCompleted: round.completed_at !== null,
  };
}
