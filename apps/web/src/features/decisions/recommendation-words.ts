import type { Decision } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { optionLabel } from './decision-words';
import { whoInWords, type People } from './people';

type Revealed = Pick<Decision, 'options' | 'ballots' | 'recommendation'>;
type Verdict = NonNullable<Decision['recommendation']>['reasons'][string];
type Ranked = Extract<Verdict, { verdict: 'ranked' }>;

/** Products and gains are computed in floating point: closer than this is level. */
const LEVEL = 1e-9;

const rankedOf = (verdict: Verdict | undefined): Ranked | undefined =>
  verdict?.verdict === 'ranked' ? verdict : undefined;

/** Why the recommended option came first, in one or two sentences. */
function whyFirst(decision: Revealed, people: People, recommended: string): string[] {
  const { recommendation } = decision;
  if (!recommendation) return [];
  const label = optionLabel(decision, recommended);
  const statusQuo = decision.options.find((option) => option.statusQuo);
  const sentences = [
    statusQuo?.id === recommended
      ? t('decide.rec.first.statusQuo', { label })
      : statusQuo
        ? t('decide.rec.first.noOneWorse', { label })
        : t('decide.rec.first.mostTogether', { label }),
  ];

  const mine = rankedOf(recommendation.reasons[recommended]);
  const runnerUp = recommendation.ranking[1];
  const next = runnerUp === undefined ? undefined : rankedOf(recommendation.reasons[runnerUp]);
  if (mine && next && runnerUp && Math.abs(mine.product - next.product) < LEVEL) {
    const vars = { other: optionLabel(decision, runnerUp) };
    sentences.push(
      Math.abs(mine.worstGain - next.worstGain) < LEVEL
        ? t('decide.rec.level.gaveWay', vars)
        : t('decide.rec.level.worstOff', vars),
    );
  }

  const livable = decision.ballots
    .filter((ballot) => ballot.couldLiveWith.includes(recommended))
    .map((ballot) => ballot.userId);
  if (livable.includes(people.myId)) sentences.push(t('decide.rec.livable.me'));
  const others = livable.filter((id) => id !== people.myId);
  if (others.length > 0) {
    sentences.push(t('decide.rec.livable.others', { names: whoInWords(people, others) }));
  }
  return sentences;
}

/** Why an option is out, or where it stands behind the recommended one. */
function aboutOption(decision: Revealed, people: People, optionId: string): string | undefined {
  const verdict = decision.recommendation?.reasons[optionId];
  const label = optionLabel(decision, optionId);
  switch (verdict?.verdict) {
    case undefined:
      return undefined;
    case 'vetoed':
      return t('decide.rec.out.vetoed', { label, names: whoInWords(people, verdict.by) });
    case 'worse_than_now':
      return t('decide.rec.out.worseThanNow', { label, names: whoInWords(people, verdict.for) });
    case 'dominated':
      return t('decide.rec.out.dominated', { label, other: optionLabel(decision, verdict.by) });
    case 'ranked':
      return t('decide.rec.behind', { label });
  }
}

/**
 * The recommendation explained in sentences: why the recommended option came first (and how a
 * tie was broken), then each other option in turn — those still in, best first, then those out
 * and why. With nothing recommended, only why each option is out.
 */
export function recommendationSentences(decision: Revealed, people: People): string[] {
  const recommendation = decision.recommendation;
  if (!recommendation) return [];
  const { recommended, ranking } = recommendation;
  const behind = ranking.filter((id) => id !== recommended);
  const out = decision.options
    .map((option) => option.id)
    .filter((id) => id !== recommended && !ranking.includes(id));
  return [
    ...(recommended ? whyFirst(decision, people, recommended) : []),
    ...[...behind, ...out]
      .map((id) => aboutOption(decision, people, id))
      .filter((sentence) => sentence !== undefined),
  ];
}
