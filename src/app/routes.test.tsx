import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../testing/test-utils';

describe('addresses', () => {
  it('sends / to the preferred language', async () => {
    const { router } = renderRoute('/');
    await screen.findByRole('heading', { level: 1 });
    expect(router.state.location.pathname).toBe('/en/');
  });

  it('sends a regional tag to its base language, keeping the rest of the address', async () => {
    const { router } = renderRoute('/es-MX/procedures/21925?a=1');
    await screen.findByRole('heading', { level: 1 });
    expect(router.state.location.pathname).toBe('/es/procedures/21925');
    expect(router.state.location.search).toBe('?a=1');
  });

  it.each([
    ['/en/procedures/99999', '99999'],
    ['/en/procedures/21925/walkthrough/dance', '21925'],
    ['/xx/procedures/21925', '21925'],
    ['/en/nothing-here', 'nothing-here'],
  ])('%s shows a helpful not-found page with the search filled in', async (path, query) => {
    renderRoute(path);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'We could not find that page' }),
    ).toBeVisible();
    expect(screen.getByRole('searchbox')).toHaveValue(query);
  });

  it('shows markup in an address as text and runs nothing', async () => {
    renderRoute('/en/procedures/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    expect(await screen.findByRole('searchbox')).toHaveValue('<img src=x onerror=alert(1)>');
    expect(document.querySelector('main img')).toBeNull();
  });
});
