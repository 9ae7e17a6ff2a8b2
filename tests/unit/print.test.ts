/**
 * `npm run print` output: runs only when the site is built (npm run package), and then checks the
 * PDFs' text page by page with pdftotext and their page counts with pdfinfo (Debian's
 * poppler-utils).
 * "No split" is checked on the text: each card, sheet and agenda row has a first line (its title)
 * and a last line, and both must land on the same page.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '#src/course/check-content.ts';
import { startClock } from '#src/facilitator/agendas.ts';
import { planHeading } from '#src/facilitator/duration.ts';
import {
  cardTitle,
  counterpartCards,
  learnerCard,
  learnerCardTitle,
} from '#src/facilitator/role-cards.ts';
import { t } from '#src/i18n/ui.ts';
import type { Scenario } from '#src/schemas/scenario.ts';

// PRINT_SITE and PRINT_OUT print another built site, or into another folder (as scripts/print.ts
// --site, --out).
const site = process.env.PRINT_SITE ?? 'dist/site';
const out = process.env.PRINT_OUT ?? 'dist/print';
const built = existsSync(`${site}/facilitator.html`);
const { course, modules, plans } = checkContent(process.cwd());
const lang = course!.languages[0];
const pages = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const LIGATURES: Record<string, string> = { ﬀ: 'ff', ﬁ: 'fi', ﬂ: 'fl', ﬃ: 'ffi', ﬄ: 'ffl' };
/**
 * One line of text: ligatures undone, a compound broken at its hyphen rejoined, whitespace
 * collapsed.
 */
const norm = (text: string) =>
  text
    .replace(/[ﬀ-ﬄ]/g, (l) => LIGATURES[l])
    .replace(/-\n/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
/** The text of each page, in the order it was drawn (-raw), so a table reads row by row. */
const pageTexts = (file: string) =>
  Array.from({ length: pages(file) }, (_, i) =>
    norm(
      execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), file, '-'], {
        encoding: 'utf8',
      }),
    ),
  );
/** The end of a line of text: enough to be unique, and it is where a split would show. */
const tail = (text: string) => norm(text).slice(-40);

interface Block {
  name: string;
  first: string;
  last: string;
}

/**
 * Where each block lands: blocks are found in document order, and a block's last line is looked for
 * between its first line and the next block's, so repeated words elsewhere cannot fool the check.
 */
function placements(texts: string[], blocks: Block[]) {
  let offset = 0;
  const whole = texts.join(' \f ');
  const pageOf = (at: number) => whole.slice(0, at).split('\f').length;
  const found = blocks.map((b) => {
    const at = whole.indexOf(norm(b.first), offset);
    if (at >= 0) offset = at + norm(b.first).length;
    return at;
  });
  return blocks.map((b, i) => {
    const at = found[i];
    if (at < 0) return { block: b.name, found: false };
    // Up to the end of the next block's first line (a heading's last line is the next block's
    // first).
    const next = found.findIndex((x, j) => j > i && x >= 0);
    const end = next > 0 ? found[next] + norm(blocks[next].first).length : whole.length;
    const last = whole.lastIndexOf(norm(b.last), end - norm(b.last).length);
    return {
      block: b.name,
      found: last >= at,
      firstPage: pageOf(at),
      lastPage: last >= at ? pageOf(last + norm(b.last).length) : -1,
    };
  });
}

const expectNoSplit = (file: string, blocks: Block[]) => {
  const texts = pageTexts(file);
  for (const [i, text] of texts.entries())
    expect({ file, page: i + 1, blank: text.length === 0 }).toEqual({
      file,
      page: i + 1,
      blank: false,
    });
  for (const p of placements(texts, blocks))
    expect({ file, ...p }).toEqual({
      file,
      block: p.block,
      found: true,
      firstPage: p.firstPage,
      lastPage: p.firstPage,
    });
  return texts;
};

/** Every printed block of a module's role cards, in page order, with its first and last line. */
function cardBlocks(scenarios: Scenario[]): Block[] {
  return scenarios.flatMap((s) => {
    const cards = counterpartCards(s, lang);
    const learner = learnerCard(s, lang);
    return [
      // The scenario's heading stays with its first card.
      {
        name: `${s.id} heading`,
        first: s.title,
        last: cardTitle(cards[0].name, cards[0].label, lang),
      },
      ...cards.map((c) => ({
        name: `${s.id} ${c.character} card`,
        first: cardTitle(c.name, c.label, lang),
        last: tail(c.calms.at(-1)!),
      })),
      {
        name: `${s.id} learner card`,
        first: learnerCardTitle(learner.label, lang),
        last: tail(learner.technique),
      },
      {
        name: `${s.id} observer sheet`,
        first: t(lang, 'kitObserverSheet', { title: s.title }),
        last: tail(s.brief.observe.at(-1)!),
      },
      {
        name: `${s.id} debrief questions`,
        first: t(lang, 'kitDebriefQuestions', { title: s.title }),
        last: tail(s.brief.debriefQuestions.at(-1)!),
      },
    ];
  });
}

describe.skipIf(!built)('printed facilitator kit', () => {
  it('renders every document in A4 and US Letter', () => {
    execFileSync(process.execPath, ['scripts/print.ts', '--site', site, '--out', out], {
      stdio: 'pipe',
    });
    for (const size of ['a4', 'letter']) {
      expect(existsSync(`${out}/${size}/session-plans.pdf`)).toBe(true);
      for (const m of modules)
        for (const kind of ['guide', 'role-cards', 'job-aid'])
          expect(existsSync(`${out}/${size}/${m.id}-${kind}.pdf`)).toBe(true);
    }
  }, 180_000);

  for (const size of ['a4', 'letter']) {
    it(
      `${size}: no role card or sheet splits across pages, none is left without its heading, ` +
        `no page is blank`,
      () => {
        for (const m of modules) {
          const texts = expectNoSplit(
            `${out}/${size}/${m.id}-role-cards.pdf`,
            cardBlocks(m.scenarios),
          );
          // Page 1 holds the first card, not only the titles.
          const first = counterpartCards(m.scenarios[0], lang)[0];
          expect(texts[0]).toContain(norm(cardTitle(first.name, first.label, lang)));
          // Every scenario starts on a page of its own.
          for (const s of m.scenarios.slice(1))
            expect(texts.some((t) => t.startsWith(norm(s.title)))).toBe(true);
        }
      },
    );

    it(
      `${size}: no agenda row splits across pages, and each plan starts with its heading and ` +
        `first row together`,
      () => {
        const blocks = plans.flatMap((a) => {
          const rows = a.blocks.map((item, j) => ({
            name: `${a.id} row ${j + 1}`,
            first: `${startClock(a.blocks, j)} ${item.minutes} ${item.activity}`,
            last: tail(item.materials || item.detail || item.activity),
          }));
          const title = planHeading(a.title, a.minutes, lang);
          return [{ name: `${a.id} heading`, first: title, last: rows[0].first }, ...rows];
        });
        expectNoSplit(`${out}/${size}/session-plans.pdf`, blocks);
      },
    );
  }

  it('every guide and role-card PDF has no blank page, and a job aid fits on one page', () => {
    for (const m of modules) {
      for (const file of ['a4', 'letter'].flatMap((size) => [
        `${out}/${size}/${m.id}-guide.pdf`,
        `${out}/${size}/${m.id}-role-cards.pdf`,
      ])) {
        for (const [i, text] of pageTexts(file).entries())
          expect({ file, page: i + 1, blank: text.length === 0 }).toEqual({
            file,
            page: i + 1,
            blank: false,
          });
      }
      expect(pages(`${out}/a4/${m.id}-job-aid.pdf`)).toBe(1);
    }
  });

  it('the session plans hold the programme and every plan', () => {
    const text = pageTexts(`${out}/letter/session-plans.pdf`).join(' ');
    for (const plan of plans) expect(text).toContain(norm(plan.title));
    expect(text).toContain('Lunch');
  });
});
