import { Link } from 'react-router';
import type { DecisionLog } from '@tandem/shared';
import { LoadError } from '../../app/load-error';
import { format, t } from '../../lib/i18n';
import { Loading } from '../../ui/loading';
import { Page } from '../../ui/page';
import { useSignedInMe } from '../auth/me-context';
import { useCurrentSpace } from '../spaces/space-context';
import { useMembers } from '../spaces/use-spaces';
import { ConcessionChart } from './concession-chart';
import { WorkItOutNav, decisionPath } from './decide-nav';
import { logMembers, logRows, totalSentences, type LogRow } from './log-series';
import { headName, peopleOf, percentText, type People } from './people';
import { useDecisionLog } from './use-decisions';

interface LogViewProps {
  spaceId: string;
  log: DecisionLog;
  people: People;
  timeZone: string;
}

/** Past decisions, newest first: the question, what was chosen, and how far each gave way. */
function PastDecisions({
  spaceId,
  rows,
  people,
  timeZone,
}: Omit<LogViewProps, 'log'> & {
  rows: readonly LogRow[];
}) {
  return (
    <section className="section" aria-labelledby="log-past-title">
      <h2 id="log-past-title">{t('decide.log.pastTitle')}</h2>
      <ul className="item-list">
        {[...rows].reverse().map((row) => (
          <li key={row.decisionId} className="card decision-log__item">
            <Link className="decision-list__link" to={decisionPath(spaceId, row.decisionId)}>
              {row.question}
            </Link>
            <p>
              {row.chosen
                ? t('decide.log.chose', { label: row.chosen })
                : t('decide.log.noneChosen')}
            </p>
            <p className="muted">
              {t('decide.log.decidedOn', { date: format.date(row.decidedAt, timeZone) })}
            </p>
            {row.conceded.some((cell) => cell.share !== null) ? (
              <ul className="decision-log__conceded">
                {row.conceded.flatMap((cell) =>
                  cell.share === null
                    ? []
                    : [
                        <li key={cell.userId}>
                          {t('decide.log.gaveWayIn', {
                            name: headName(people, cell.userId),
                            percent: percentText(cell.share),
                          })}
                        </li>,
                      ],
                )}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function LogView({ spaceId, log, people, timeZone }: LogViewProps) {
  const members = logMembers(log, people.order);
  const rows = logRows(log, members);
  const anyConceded = rows.some((row) => row.conceded.some((cell) => cell.share !== null));
  return (
    <>
      <section className="card section section--first" aria-labelledby="log-gave-way-title">
        <h2 id="log-gave-way-title">{t('decide.log.gaveWayTitle')}</h2>
        <p className="muted">{t('decide.log.scale')}</p>
        {anyConceded ? (
          <>
            <ul className="decision-log__sentences">
              {totalSentences(log, people).map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
            <ConcessionChart rows={rows} members={members} people={people} timeZone={timeZone} />
          </>
        ) : (
          <p>{t('decide.log.noConcessions')}</p>
        )}
      </section>
      <PastDecisions spaceId={spaceId} rows={rows} people={people} timeZone={timeZone} />
    </>
  );
}

/**
 * The decision log: what we decided, oldest to newest, and how much each of us gave way over
 * time, as words, a chart and a table.
 */
export function DecisionLogPage() {
  const space = useCurrentSpace();
  const me = useSignedInMe();
  const log = useDecisionLog(space.id);
  const members = useMembers(space.id);

  const error = log.error ?? members.error;
  let content;
  if (error) {
    content = (
      <LoadError
        error={error}
        onRetry={() => {
          void log.refetch();
          void members.refetch();
        }}
      />
    );
  } else if (!log.data || !members.data) {
    content = <Loading />;
  } else if (log.data.items.length === 0) {
    content = <p className="section--first">{t('decide.log.empty')}</p>;
  } else {
    content = (
      <LogView
        spaceId={space.id}
        log={log.data}
        people={peopleOf(members.data.items, me.id)}
        timeZone={me.timeZone}
      />
    );
  }

  return (
    <Page
      title={t('decide.log.title')}
      documentTitle={t('common.inSpace', { page: t('decide.log.title'), space: space.name })}
      lead={t('decide.log.lead')}
      actions={<WorkItOutNav spaceId={space.id} />}
    >
      {content}
    </Page>
  );
}
