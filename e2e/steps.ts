import type { Page } from 'playwright-core';

export const PASSWORD = 'correct horse battery';

/** Fills the registration form; resolves once the app has left it, signed in. */
export async function register(page: Page, name: string, email: string): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((url) => url.pathname !== '/register');
}

/** Creates a space from the new-space page; resolves on the space's Today page with its path. */
export async function createSpace(
  page: Page,
  name: string,
  kind: 'Couple' | 'Household',
): Promise<string> {
  await page.goto('/spaces/new');
  await page.getByLabel('Space name').fill(name);
  await page.getByRole('radio', { name: kind }).check();
  await page.getByRole('button', { name: 'Create space' }).click();
  await page.waitForURL(/\/s\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

/** The inviter creates a link on Members; the invitee opens it, creates an account and joins. */
export async function inviteAndJoin(
  inviter: Page,
  invitee: Page,
  person: { name: string; email: string },
  spacePath: string,
): Promise<void> {
  await inviter.goto(`${spacePath}/members`);
  await inviter.getByRole('button', { name: 'Create invite link' }).click();
  const inviteUrl = await inviter.getByLabel('Invite link').inputValue();
  await invitee.goto(inviteUrl);
  await invitee.getByRole('link', { name: 'Create account' }).click();
  await register(invitee, person.name, person.email);
  await invitee.getByRole('button', { name: 'Join space' }).click();
  await invitee.waitForURL((url) => url.pathname === spacePath);
}
