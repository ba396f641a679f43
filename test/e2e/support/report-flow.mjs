/** Playwright steps a resident takes through the report form (Dutch labels). */
export function widget(page) {
  return page.locator('eenzaamheid-hulp').first();
}

export async function openReportForm(page) {
  const w = widget(page);
  await w.locator('.report-start').click();
  await w.locator('form.report-form').waitFor();
}

/** Answers a report about a neighbour: the essentials, then the optional questions. */
export async function fillAboutNeighbour(page, { area = 'Nekkerspoel' } = {}) {
  const w = widget(page);
  await w.getByRole('radio', { name: 'Over iemand anders: ik maak me zorgen' }).check();
  await w.getByRole('textbox', { name: /In welke buurt woont/ }).fill(area);
  await w.getByRole('textbox', { name: 'Telefoonnummer' }).fill('0470 12 34 56');
  await w.getByRole('checkbox', { name: /Ik ga akkoord/ }).check();
  await w.locator('details.more > summary').click();
  await w.getByRole('radio', { name: '65 jaar of ouder' }).check();
  await w.getByRole('radio', { name: 'Een buur' }).check();
  await w.getByRole('radio', { name: 'Nee', exact: true }).check();
  await w.getByRole('textbox', { name: /Wat is er aan de hand/ }).fill('Mijn buurvrouw komt al weken niet buiten.');
}

export async function reportState(page) {
  return widget(page).locator('.report').getAttribute('data-state');
}

export async function waitForState(page, state, timeout = 30_000) {
  await widget(page).locator(`.report[data-state="${state}"]`).waitFor({ timeout });
}
