import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../testing/test-utils';

describe('guide page', () => {
  it('shows every part of the guide, in order, for the code in the address', async () => {
    renderRoute('/en/procedures/21925');
    const title = await screen.findByRole('heading', {
      level: 1,
      name: 'Deep biopsy of a lump in the back or side',
    });
    expect(title).toBeVisible();
    expect(screen.getByText('21925')).toBeVisible();
    const sections = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(sections).toEqual([
      'Key facts',
      'Why it is done',
      'Getting ready',
      'The procedure',
      'Recovery',
      "What you'll feel",
      'When to get help',
      'Risks',
      'Check your understanding',
      'Questions to ask your care team',
      'Related guides',
      'How this guide was checked',
    ]);
    expect(screen.getByText(/^Usually about 30.60 minutes\.$/)).toBeVisible();
    expect(screen.getByText(/^About \d+ minutes to read this guide$/)).toBeVisible();
    expect(screen.getByText('A clinician has not reviewed this guide yet.')).toBeVisible();
    expect(screen.getAllByText(/does not replace advice from your care team/)[0]).toBeVisible();
  });

  it('tells that the open biopsy is done through a cut closed with stitches, not a needle', async () => {
    renderRoute('/en/procedures/21925');
    const procedure = (await screen.findByRole('heading', { name: 'The procedure' })).closest(
      'section',
    )!;
    const steps = within(procedure).getByRole('heading', {
      name: 'What happens, step by step',
    }).nextElementSibling!;
    expect(steps.textContent).toMatch(/cut/);
    expect(steps.textContent).toMatch(/stitches/);
    expect(steps.textContent).not.toMatch(/biopsy needle/i);
  });

  it('links related guides by their titles in the same language', async () => {
    renderRoute('/es/procedures/21925');
    const related = await screen.findByRole('navigation', { name: 'Guías relacionadas' });
    const links = within(related).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href')).sort()).toEqual([
      '/es/procedures/20206',
      '/es/procedures/21920',
    ]);
    // The page's language is set in an effect, after the page is drawn.
    await waitFor(() => expect(document.documentElement.lang).toBe('es'));
  });

  it('shows a glossary word’s meaning on focus and closes it with Escape', async () => {
    const { user } = renderRoute('/en/procedures/21925');
    const word = (await screen.findAllByRole('button', { name: 'pathologist' }))[0]!;
    expect(word).toHaveAccessibleDescription(/doctor/i);
    await user.click(word);
    expect(word.closest('.glossary-term')).toHaveAttribute('data-open');
    await user.keyboard('{Escape}');
    expect(word.closest('.glossary-term')).not.toHaveAttribute('data-open');
  });

  it('opens a guide by one of its other codes, and says which code the visitor came by', async () => {
    renderRoute('/en/procedures/45380');
    expect(await screen.findByRole('heading', { level: 1, name: /colonoscopy/i })).toBeVisible();
    expect(screen.getByRole('note')).toHaveTextContent(/You came here with code 45380/);
  });

  it('copies the link and says so', async () => {
    const { user } = renderRoute('/en/procedures/20206');
    await user.click(await screen.findByText('Share this guide with a patient'));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText(/Link copied/)).toBeVisible();
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/en/procedures/20206`,
    );
  });
});
