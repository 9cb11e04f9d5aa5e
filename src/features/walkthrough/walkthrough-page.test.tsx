import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../testing/test-utils';

describe('walkthrough', () => {
  it('opens the first stage from /walkthrough and shows progress', async () => {
    const { router } = renderRoute('/en/procedures/21920/walkthrough');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Step 1 of 4: Getting ready',
    );
    expect(router.state.location.pathname).toBe('/en/procedures/21920/walkthrough/prepare');
    expect(screen.getByRole('link', { current: 'step' })).toHaveTextContent('Getting ready');
    expect(screen.getAllByRole('checkbox').length).toBeGreaterThan(5);
  });

  it('moves to the next stage and puts focus on its heading', async () => {
    const { user } = renderRoute('/en/procedures/21920/walkthrough/prepare');
    await user.click(await screen.findByRole('link', { name: /Next: The procedure/ }));
    // Focus moves in an effect, after the new page is drawn.
    const heading = await screen.findByRole('heading', { level: 1, name: /Step 2 of 4/ });
    await waitFor(() => expect(heading).toHaveFocus());
    await user.keyboard('{ArrowRight}');
    const next = await screen.findByRole('heading', { level: 1, name: /Step 3 of 4/ });
    await waitFor(() => expect(next).toHaveFocus());
    expect(screen.getByRole('heading', { name: 'When to get help' })).toBeVisible();
  });

  it('ends on "what you will feel", with a way back to the guide', async () => {
    renderRoute('/es/procedures/20206/walkthrough/feel');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Paso 4 de 4');
    expect(screen.getByRole('link', { name: /Terminar/ })).toHaveAttribute(
      'href',
      '/es/procedures/20206',
    );
  });
});
