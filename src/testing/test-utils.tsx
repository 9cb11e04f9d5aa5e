import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../app/i18n-instance';
import { routes } from '../app/routes';

/**
 * Renders the whole app at `path`, with the real routes, loaders, i18next and content, the way
 * a visitor would open that address. Query the result by role and label.
 */
export function renderRoute(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return { ...view, router, user };
}
