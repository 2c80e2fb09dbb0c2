import { useRef, useState, type FormEvent } from 'react';
import type { Decision } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Checkbox } from '../../ui/checkbox';
import { FormError } from '../../ui/form-error';
import {
  ballotBodyOf,
  ballotDraftOf,
  newSinceMyBallot,
  setCouldLiveWith,
  setDealbreaker,
  setScore,
  vetoesLeft,
  type BallotDraft,
} from './ballot-draft';
import { labelOf, optionLabel } from './decision-words';
import type { DecisionSettings } from './decisions-api';
import { ScoreScale } from './score-scale';
import { useSaveBallot } from './use-decisions';

interface BallotFormProps {
  spaceId: string;
  decision: Decision;
  settings: DecisionSettings;
}

/**
 * My scores, sealed until everyone has scored: for each option a score from 0 to 10, and
 * whether it is a dealbreaker for me or one I could live with.
 */
export function BallotForm({ spaceId, decision, settings }: BallotFormProps) {
  const save = useSaveBallot(spaceId, decision.id);
  const [draft, setDraft] = useState<BallotDraft>(() => ballotDraftOf(decision));
  const [problem, setProblem] = useState<{ text: string; optionId?: string }>();
  const groups = useRef(new Map<string, HTMLDivElement>());
  const left = vetoesLeft(settings);
  const added = newSinceMyBallot(decision);

  const change = (next: BallotDraft) => {
    setDraft(next);
    setProblem(undefined);
    if (save.isSuccess) save.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const outcome = ballotBodyOf(draft, decision, left);
    if (outcome.ok) {
      save.mutate(outcome.body);
      return;
    }
    if (outcome.problem === 'vetoLimit') {
      setProblem({ text: t('decide.ballot.vetoLimit', { count: outcome.left }) });
      return;
    }
    const label = optionLabel(decision, outcome.optionId);
    setProblem({ text: t('decide.ballot.unscored', { label }), optionId: outcome.optionId });
    groups.current.get(outcome.optionId)?.querySelector('input')?.focus();
  };

  return (
    <section className="card section" aria-labelledby="ballot-title">
      <h2 id="ballot-title">{t('decide.ballot.title')}</h2>
      <p className="muted">{t('decide.ballot.lead')}</p>
      <p>
        {t('decide.ballot.marks')} {t('decide.ballot.vetoesLeft', { count: left })}
        {decision.myBallot ? ` ${t('decide.ballot.changeable')}` : null}
      </p>
      <form className="form" onSubmit={submit} aria-labelledby="ballot-title" noValidate>
        <FormError error={save.error} fields={[]} />
        {problem ? <Alert tone="error">{problem.text}</Alert> : null}
        {decision.options.map((option) => (
          <fieldset key={option.id} className="ballot-option">
            <legend className="ballot-option__label">{labelOf(option)}</legend>
            {added.includes(option.id) ? (
              <p className="ballot-option__badges">
                <span className="badge">{t('decide.ballot.new')}</span>
              </p>
            ) : null}
            <ScoreScale
              ref={(node) => {
                if (node) groups.current.set(option.id, node);
                else groups.current.delete(option.id);
              }}
              label={t('decide.ballot.score', { label: labelOf(option) })}
              name={`score-${option.id}`}
              value={draft.scores[option.id]}
              onChange={(score) => change(setScore(draft, option.id, score))}
              invalid={problem?.optionId === option.id}
            />
            <div className="ballot-option__marks">
              <Checkbox
                label={t('decide.ballot.dealbreaker')}
                checked={draft.vetoes.includes(option.id)}
                onChange={(event) => change(setDealbreaker(draft, option.id, event.target.checked))}
              />
              <Checkbox
                label={t('decide.ballot.couldLiveWith')}
                checked={draft.couldLiveWith.includes(option.id)}
                onChange={(event) =>
                  change(setCouldLiveWith(draft, option.id, event.target.checked))
                }
              />
            </div>
          </fieldset>
        ))}
        {save.isSuccess ? <Alert tone="success">{t('decide.ballot.saved')}</Alert> : null}
        <div className="button-row">
          <Button type="submit" busy={save.isPending}>
            {t('decide.ballot.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
