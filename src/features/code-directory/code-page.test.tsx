import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../testing/test-utils';

describe('the code page', () => {
  it('explains each of the seven characters of a code in plain words', async () => {
    renderRoute('/en/codes/icd10pcs/0JB70ZX');
    expect(
      await screen.findByRole('heading', { level: 1, name: /ICD-10-PCS code .0JB70ZX./ }),
    ).toBeVisible();
    const list = screen.getByRole('region', { name: 'What each character means' });
    const characters = within(list).getAllByRole('heading', { level: 3 });
    expect(characters.map((heading) => heading.textContent)).toEqual([
      'Character 1 of 7: 0 · Kind of care',
      'Character 2 of 7: J · Body system',
      'Character 3 of 7: B · What is done',
      'Character 4 of 7: 7 · Body part',
      'Character 5 of 7: 0 · How the area is reached',
      'Character 6 of 7: Z · Device involved',
      'Character 7 of 7: X · Extra detail',
    ]);
    expect(within(list).getByText('Cutting out part')).toBeVisible();
    expect(within(list).getByText(/Nothing is put in to take its place/)).toBeVisible();
  });

  it('sends a code typed with separators or in lower case to its one address', async () => {
    const { router } = renderRoute('/en/codes/icd10pcs/0jb7-0zx');
    await screen.findByRole('heading', { level: 1, name: /0JB70ZX/ });
    expect(router.state.location.pathname).toBe('/en/codes/icd10pcs/0JB70ZX');
  });

  it('shows a hostile address as text', async () => {
    renderRoute('/en/codes/icd10pcs/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'We could not read the code',
    );
    expect(document.querySelector('main img')).toBeNull();
  });
});
