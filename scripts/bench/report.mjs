/** The bench's Markdown table: one row per figure, with the aim beside it. */

const ms = (value) => (value === null || value === undefined ? 'n/a' : `${value} ms`);
const mark = (ok) => (ok === undefined ? '' : ok ? ' ✓' : ' ✗');

export function markdownTable(results) {
  const rows = [];
  const add = (metric, value, aim = '') => rows.push([metric, value, aim]);
  const ph = results.phone;
  if (ph) {
    const p = ph.profile;
    const profile = `${p.name}: ${p.latencyMs} ms latency, ${p.downloadKbps} Kbps down, CPU ${p.cpuSlowdown}×, gzip`;
    const medianP90 = (s) => `${ms(s.median)} / ${ms(s.p90)}`;
    add(`Phone (${profile}): two-line embed, navigation → urgent lines rendered (median / p90, ${ph.twoLine.loads} loads)`, medianP90(ph.twoLine.firstRenderMs));
    add('Phone: bare Lit element on the same page, navigation → first render (median / p90)', medianP90(ph.bareLit.firstRenderMs), '(floor)');
    add(
      `Phone: two-line / bare Lit (ratio of medians; paired per round: median ${ph.twoLineOverBareLitPairedMedian})`,
      `${ph.twoLineOverBareLit}×`,
      `≤ ${ph.aims.twoLineOverBareLit}×${mark(ph.twoLineOverBareLit <= ph.aims.twoLineOverBareLit)}`,
    );
    const early = (variant) => `${variant.bytesBeforeFirstRender.median} B / ${variant.requestsBeforeFirstRender.median} / ${variant.requestChainBeforeFirstRender.median}`;
    const files = (variant) => variant.medianLoadRequests.map((r) => `${r.file.replace(/^.*\//, '')} ${r.startMs}–${r.endMs} ms`).join(', ');
    add(
      `Phone: two-line, before the first render: bytes (gzip, incl. HTML) / requests / longest request chain (medians; median load: ${files(ph.twoLine)})`,
      early(ph.twoLine),
    );
    add('Phone: generator embed, fallback painted (FCP, median / p90)', medianP90(ph.generatorEmbed.fcpMs));
    add('Phone: the same page as static HTML, FCP (median / p90)', medianP90(ph.staticHtml.fcpMs));
    add(
      'Phone: fallback paint / static HTML paint (ratio of medians)',
      `${ph.fallbackPaintOverStatic}×`,
      `≤ ${ph.aims.fallbackPaintOverStatic}×${mark(ph.fallbackPaintOverStatic <= ph.aims.fallbackPaintOverStatic)}`,
    );
    add('Phone: generator embed, upgraded (first render, median / p90)', medianP90(ph.generatorEmbed.firstRenderMs));
    add(
      `Phone: generator embed, before its first render: bytes / requests / longest request chain (medians; median load: ${files(ph.generatorEmbed)})`,
      early(ph.generatorEmbed),
    );
  } else if (results.errors.phone) add('phone profile', `error: ${results.errors.phone}`);
  const fr = results.firstRender;
  if (fr) {
    const line = (label, r) =>
      add(
        `${label}: script start → first render (median / p90 / min, ${r.loads} fresh loads)`,
        `${ms(r.msFromScriptStart.median)} / ${ms(r.msFromScriptStart.p90)} / ${ms(r.msFromScriptStart.min)}`,
        label.startsWith('bare') ? '(floor)' : 'near the bare Lit floor',
      );
    if (fr.widgetNl) line('`<eenzaamheid-hulp>` nl', fr.widgetNl);
    if (fr.widgetFr) line('`<eenzaamheid-hulp>` fr', fr.widgetFr);
    if (fr.bareLit) line('bare Lit element `<bare-lit>`', fr.bareLit);
    for (const [label, r] of [['nl', fr.widgetNl], ['fr', fr.widgetFr]]) {
      if (!r?.packReceivedMsFromScriptStart) continue;
      add(
        `${label}: language pack received → first render (median; pack received at ${ms(r.packReceivedMsFromScriptStart.median)}; search chunk fetched before first render in ${r.loadsFetchingSearchChunkBeforeFirstRender}/${r.loads} loads)`,
        ms(r.packReceivedToFirstRenderMs.median),
        '',
      );
    }
    if (fr.widgetNl && fr.bareLit) {
      add(
        'widget nl − bare Lit (median)',
        ms(Math.round((fr.widgetNl.msFromScriptStart.median - fr.bareLit.msFromScriptStart.median) * 10) / 10),
        '',
      );
    }
  } else if (results.errors.firstRender) add('first render', `error: ${results.errors.firstRender}`);

  const ls = results.layoutShift;
  if (ls) {
    add(
      `Layout shift, fallback → widget, ${ls.viewport.width}×${ls.viewport.height} (CLS sum, median of ${ls.loads}; per load ${ls.perLoad.join(', ')})`,
      String(ls.cls),
      `< ${ls.aim}${mark(ls.cls < ls.aim)}`,
    );
    const tall = ls.tallViewport;
    if (tall) {
      add(
        `Layout shift, same page, ${tall.viewport.width}×${tall.viewport.height} (content after the widget in view; per load ${tall.perLoad.join(', ')})`,
        String(tall.cls),
        `< ${tall.aim}${mark(tall.cls < tall.aim)}`,
      );
    }
    if (ls.example) {
      add(
        'Widget height: fallback before upgrade → fallback after upgrade (slot) → rendered',
        `${ls.example.widgetHeight.fallbackBeforeUpgrade} → ${ls.example.widgetHeight.fallbackAfterUpgrade} → ${ls.example.widgetHeight.rendered} px`,
        '',
      );
    }
  } else if (results.errors.layoutShift) add('layout shift', `error: ${results.errors.layoutShift}`);

  const f = results.finder;
  if (f) {
    add(`Content file with ${f.resources} resources: eh-content-load → first ${f.cardsFirstRender} cards rendered`, ms(f.contentRenderMs));
    add(`First query (\`${f.firstQuery.query}\`, builds the search index): keystroke → first screenful laid out`, ms(f.firstQuery.ms), `< 16 ms${mark(f.firstQuery.ms < 16)}`);
    add(
      `Search, keystroke → first screenful laid out (p50 / p95 / max, ${f.search.queries} queries; ${f.search.firstScreenfulCards.median} cards, median)`,
      `${ms(f.search.ms.median)} / ${ms(f.search.ms.p95)} / ${ms(f.search.ms.max)}`,
      `p95 < 8 ms${mark(f.search.ms.p95 < 8)}`,
    );
    add(
      `Search, keystroke → all matching results laid out (p50 / p95 / max; ${f.search.allCards.median} cards median, ${f.search.allCards.max} max)`,
      `${ms(f.search.allMs.median)} / ${ms(f.search.allMs.p95)} / ${ms(f.search.allMs.max)}`,
      '',
    );
    if (f.search.announcementUpdateMs) {
      add('Search, result-count announcement update 400 ms later (p50 / max)', `${ms(f.search.announcementUpdateMs.median)} / ${ms(f.search.announcementUpdateMs.max)}`, '16 ms');
    }
    add(
      `Search alone, the widget's code (p50 / p95 / max; index build ${f.pureSearch.indexBuildMs} ms)`,
      `${ms(f.pureSearch.ms.median)} / ${ms(f.pureSearch.ms.p95)} / ${ms(f.pureSearch.ms.max)}`,
      '',
    );
    add(
      `Search: queries whose rendered cards differ from the search code's own count`,
      `${f.pureSearch.mismatches.length} of ${f.search.queries}`,
      `0${mark(f.pureSearch.mismatches.length === 0)}`,
    );
    add(
      `Audience filter, click → first screenful laid out (p50 / p95, ${f.audience.switches} switches; ${f.audience.firstScreenfulCards.median} cards, median)`,
      `${ms(f.audience.ms.median)} / ${ms(f.audience.ms.p95)}`,
      `p95 < 8 ms${mark(f.audience.ms.p95 < 8)}`,
    );
    add(
      `Audience filter, click → all matching results laid out (p50 / p95; ${f.audience.allCards.median} cards median, ${f.audience.allCards.max} max; mismatches with the search code: ${f.audience.mismatches.length})`,
      `${ms(f.audience.allMs.median)} / ${ms(f.audience.allMs.p95)}`,
      '',
    );
  } else if (results.errors.finder) add('finder', `error: ${results.errors.finder}`);

  const m = results.memory;
  if (m) {
    add(
      `JS heap after ${m.cycles.first} → ${m.cycles.total} connect/disconnect cycles (after GC)`,
      `${m.heapAfterFirstKB} KB → ${m.heapAfterTotalKB} KB (${m.growthKB >= 0 ? '+' : ''}${m.growthKB} KB)`,
      'no growth beyond noise',
    );
    add('Heap growth per cycle', `${m.perCycleKB} KB`, `< ${m.aimPerCycleKB} KB${mark(m.perCycleKB < m.aimPerCycleKB)}`);
    add(
      `DOM nodes / JS event listeners alive (after ${m.cycles.first} → after ${m.cycles.total} cycles)`,
      `${m.domAfterFirst.nodes} → ${m.domAfterTotal.nodes} / ${m.domAfterFirst.jsEventListeners} → ${m.domAfterTotal.jsEventListeners}`,
      'flat',
    );
  } else if (results.errors.memory) add('memory', `error: ${results.errors.memory}`);

  const escape = (cell) => String(cell).replace(/\|/g, '\\|');
  return ['| metric | value | aim |', '|---|---:|---|', ...rows.map((r) => `| ${r.map(escape).join(' | ')} |`)].join('\n');
}
