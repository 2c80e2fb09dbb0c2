import type { SupportContact, SupportNote, SupportView } from '@tandem/shared';
import { expect, it, vi } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import { createCouple } from '../../../test/test-client';

describeOnEachDialect('people: professional support', (harness) => {
  async function couple() {
    const pair = await createCouple(harness().app);
    return { ...pair, url: `/api/v1/spaces/${pair.space.id}/support` };
  }

  it('keeps a private contact and a private session note to their author', async () => {
    const { a, b, stranger, url } = await couple();
    const publish = vi.spyOn(harness().services.bus, 'publish');
    const therapist = await a.post<SupportContact>(`${url}/contacts`, {
      name: 'SECRET-Dr Lee',
      role: 'therapist',
      phone: '+49 30 1234567',
      email: 'lee@example.org',
      website: 'https://lee.example.org',
      visibility: 'private',
    });
    expect(therapist.status).toBe(201);
    const note = await a.post<SupportNote>(`${url}/notes`, {
      text: 'SECRET-We talked about my father.',
      visibility: 'private',
      supportId: therapist.body.id,
    });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({ supportId: therapist.body.id, date: expect.any(String) });
    // A shared note about a private session says nothing of whom it was with.
    const shared = (
      await a.post<SupportNote>(`${url}/notes`, {
        text: 'I would like us to try couples counselling.',
        visibility: 'shared',
        supportId: therapist.body.id,
        date: '2026-03-02',
      })
    ).body;

    const forB = (await b.get<SupportView>(url)).body;
    expect(JSON.stringify(forB)).not.toContain('SECRET');
    expect(forB.notes).toEqual([
      expect.objectContaining({ id: shared.id, supportId: null, capabilities: { canEdit: false } }),
    ]);
    expect((await b.patch(`${url}/contacts/${therapist.body.id}`, { name: 'x' })).status).toBe(404);
    expect((await b.patch(`${url}/notes/${note.body.id}`, { text: 'x' })).status).toBe(404);
    expect((await b.delete(`${url}/notes/${note.body.id}`)).status).toBe(404);
    expect((await b.patch(`${url}/notes/${shared.id}`, { text: 'x' })).status).toBe(403);
    // Nor can the partner link a note to my private contact.
    const linked = await b.post(`${url}/notes`, {
      text: 'Mine',
      visibility: 'private',
      supportId: therapist.body.id,
    });
    expect(linked.status).toBe(422);
    for (const id of [therapist.body.id, note.body.id]) {
      const told = publish.mock.calls
        .map(([message]) => message)
        .filter((m) => m.kind === 'event' && m.event.id === id);
      expect(told.length).toBeGreaterThan(0);
      for (const message of told) expect(message.kind === 'event' && message.onlyTo).toBe(a.me.id);
    }
    publish.mockRestore();
    expect((await stranger.get(url)).status).toBe(404);
  });

  it('shares a counsellor with the space; only the one who added them changes them', async () => {
    const { a, b, url } = await couple();
    const counsellor = (
      await b.post<SupportContact>(`${url}/contacts`, {
        name: 'Ana Ruiz',
        role: 'couples counsellor',
        visibility: 'shared',
      })
    ).body;
    const forA = (await a.get<SupportView>(url)).body;
    expect(forA.contacts).toEqual([
      expect.objectContaining({
        name: 'Ana Ruiz',
        role: 'couples counsellor',
        phone: '',
        capabilities: { canEdit: false },
      }),
    ]);
    expect((await a.patch(`${url}/contacts/${counsellor.id}`, { phone: '1' })).status).toBe(403);
    const changed = await b.patch<SupportContact>(`${url}/contacts/${counsellor.id}`, {
      phone: '+34 600 000 000',
      website: '',
    });
    expect(changed.body).toMatchObject({ phone: '+34 600 000 000', name: 'Ana Ruiz' });
    // Made private, it leaves the partner's view.
    await b.patch(`${url}/contacts/${counsellor.id}`, { visibility: 'private' });
    expect((await a.get<SupportView>(url)).body.contacts).toEqual([]);

    const bad = await b.post(`${url}/contacts`, {
      name: 'X',
      email: 'not an email',
      website: 'javascript:alert(1)',
      visibility: 'shared',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'email',
      'website',
    ]);
    expect((await b.delete(`${url}/contacts/${counsellor.id}`)).status).toBe(204);
  });
});
