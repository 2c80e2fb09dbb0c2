import type { OpenDecisionBody } from './decisions-api';

/** The "Open a decision" form as it is being filled in: option rows may still be empty. */
export interface OpenDraft {
  question: string;
  options: string[];
  statusQuo: boolean;
  /** YYYY-MM-DD, or empty for no deadline. */
  deadlineOn: string;
}

/** Two empty option rows to start from; `question` when opening the same question again. */
export const emptyOpenDraft = (question = ''): OpenDraft => ({
  question,
  options: ['', ''],
  statusQuo: false,
  deadlineOn: '',
});

/**
 * The body to send: empty rows are left out (options can be added later). `rows` tells, for
 * each option sent, which row it came from, so the server's `options.2.label` lands on its row.
 */
export function openBodyOf(draft: OpenDraft): { body: OpenDecisionBody; rows: number[] } {
  const rows = draft.options
    .map((label, row) => ({ label: label.trim(), row }))
    .filter((option) => option.label !== '');
  return {
    body: {
      question: draft.question.trim(),
      options: rows.map(({ label }) => ({ label })),
      statusQuo: draft.statusQuo,
      deadlineOn: draft.deadlineOn === '' ? null : draft.deadlineOn,
    },
    rows: rows.map(({ row }) => row),
  };
}

/** The server's field name for a row's label, if that row was sent. */
export function optionField(rows: readonly number[], row: number): string | undefined {
  const sent = rows.indexOf(row);
  return sent < 0 ? undefined : `options.${sent}.label`;
}
