/**
 * Measures the report form the way a resident meets it: how many answers a minimal
 * report needs (and in how many rounds of errors the form asks for them), how many
 * key presses a keyboard-only resident needs for it, and how tall the form is on a
 * phone. The answers are chosen by the kind of control, not by a list of today's
 * fields, so the same measurement runs on any version of the form.
 */
import assert from 'node:assert/strict';
import { widget } from './report-flow.mjs';

/** What a resident types into a text field, by the field's input type or name. */
export function answerFor({ type, name }) {
  if (type === 'tel') return '0470123456';
  if (type === 'email') return 'an@voorbeeld.be';
  if (name === 'area') return '2800';
  return 'An';
}

/** The field a control belongs to, and what kind of control it is. */
async function controlsOf(page, field) {
  return widget(page)
    .locator(`[data-field="${field}"] :is(input, textarea)`)
    .evaluateAll((nodes) => nodes.map((node) => ({ type: node.type, name: node.name, value: node.value })));
}

/** Answers one field with the mouse-free Playwright actions (discovery phase). */
async function answerField(page, field, about) {
  const controls = await controlsOf(page, field);
  const w = widget(page);
  const kind = controls[0]?.type;
  if (kind === 'radio') {
    const value = field === 'about' ? about : controls[0].value;
    await w.locator(`[data-field="${field}"] input[type="radio"][value="${value}"]`).check();
  } else if (kind === 'checkbox') {
    await w.locator(`[data-field="${field}"] input[type="checkbox"]`).check();
  } else {
    // A group with several text inputs (phone or e-mail) needs one of them: the first.
    const first = controls[0];
    assert.ok(first, `no control for ${field}`);
    await w.locator(`[data-field="${field}"] :is(input, textarea)`).first().fill(answerFor(first));
  }
}

/** Fields the error summary lists, in its order. */
async function summaryFields(page) {
  const summary = widget(page).locator('.error-summary');
  if ((await summary.count()) === 0) return [];
  return summary.locator('a').evaluateAll((links) =>
    links.map((a) => {
      const target = a.getRootNode().getElementById(a.getAttribute('href').slice(1));
      return target?.closest('[data-field]')?.dataset.field ?? '?';
    }),
  );
}

async function submitAndSettle(page) {
  const w = widget(page);
  await w.locator('button.submit').click();
  await w.locator('.error-summary, .report[data-state="sent"]').first().waitFor({ timeout: 20_000 });
}

/**
 * Submits the empty form and answers whatever the error summary asks, until the report
 * is sent. Returns the fields that had to be answered and the number of rounds of errors.
 */
export async function discoverRequiredAnswers(page, about) {
  const answered = [];
  let rounds = 0;
  for (let guard = 0; guard < 10; guard += 1) {
    await submitAndSettle(page);
    const state = await widget(page).locator('.report').getAttribute('data-state');
    if (state === 'sent') return { answered, rounds };
    const fields = await summaryFields(page);
    assert.ok(fields.length > 0, 'neither sent nor an error summary');
    rounds += 1;
    for (const field of fields) {
      assert.ok(!answered.includes(field) || field === '?', `the form asked again for ${field}`);
      await answerField(page, field, about);
      answered.push(field);
    }
  }
  assert.fail(`still not sent after 10 rounds: ${answered.join(', ')}`);
}

/** The focused control inside the widget: its field, type, name and whether it is the submit button. */
async function focused(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return null;
    return {
      field: active.closest('[data-field]')?.dataset.field ?? null,
      type: active.type ?? '',
      name: active.name ?? '',
      value: active.value ?? '',
      checked: Boolean(active.checked),
      submit: active.classList.contains('submit'),
    };
  });
}

/**
 * A keyboard-only resident who knows which answers are needed: from the form's heading
 * (where focus lands when the form opens) Tab through the form, answer exactly the
 * `required` fields with the fewest keys (Space or an arrow for a radio, the characters
 * for a text), skip the rest, and press Enter on the submit button. Returns the number
 * of key presses; the report must arrive.
 */
export async function keyPressesForMinimalReport(page, required, about) {
  let presses = 0;
  const press = async (key) => {
    await page.keyboard.press(key);
    presses += 1;
  };
  const done = new Set();
  for (let guard = 0; guard < 80; guard += 1) {
    await press('Tab');
    const now = await focused(page);
    if (now?.submit) {
      await press('Enter');
      await widget(page).locator('.report[data-state="sent"]').waitFor({ timeout: 20_000 });
      return presses;
    }
    const field = now?.field;
    if (!field || !required.includes(field) || done.has(field)) continue;
    if (now.type === 'radio') {
      const values = await widget(page)
        .locator(`[data-field="${field}"] input[type="radio"]`)
        .evaluateAll((nodes) => nodes.map((node) => node.value));
      const target = field === 'about' ? values.indexOf(about) : 0;
      const at = values.indexOf(now.value);
      if (target === at) await press('Space');
      for (let step = at; step < target; step += 1) await press('ArrowDown');
    } else if (now.type === 'checkbox') {
      await press('Space');
    } else {
      const text = answerFor(now);
      await page.keyboard.type(text);
      presses += text.length;
    }
    done.add(field);
  }
  assert.fail(`Tab never reached the submit button (answered: ${[...done].join(', ')})`);
}

/** Heights in CSS px of the open, untouched form: all of it, and from its heading to the submit button. */
export async function formHeights(page) {
  return widget(page).evaluate((el) => {
    const root = el.shadowRoot;
    const report = root.querySelector('.report').getBoundingClientRect();
    const submit = root.querySelector('button.submit').getBoundingClientRect();
    return { form: Math.round(report.height), toSubmit: Math.round(submit.bottom - report.top) };
  });
}
