/**
 * A ref callback for a form opened by a button: the first control takes focus as it appears,
 * so the keyboard and screen reader land where the choice is made. Module-level and so stable:
 * React calls it once on mount rather than on every render.
 */
export function focusFirstControl(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('button, input, select, textarea')?.focus();
}
