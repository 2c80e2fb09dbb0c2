/** After a check in the browser, the first field marked invalid, where its error is read out. */
export function focusFirstInvalid(form: HTMLFormElement): void {
  // React marks the fields on its next render.
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
