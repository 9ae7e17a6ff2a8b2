/**
 * The LMS preview: pick a package, launch it in a frame under scorm-again, and watch live what the
 * LMS receives. `window.lms` exposes the same to the browser tests.
 */
import { launchCmi5, readRecord, setLrsFault, statementRows } from './cmi5-preview.ts';
import { type Fault, LmsHost } from './lms-host.ts';
import { PACKAGES_BASE } from './paths.ts';
import type { Quirk } from './quirks.ts';
import { summarise } from './record-view.ts';
import type { Edition } from './strict-checker.ts';

const params = new URLSearchParams(location.search);
const frame = document.querySelector<HTMLIFrameElement>('#sco')!;
const panel = document.querySelector<HTMLElement>('#lms-data')!;
const form = document.querySelector<HTMLFormElement>('#launch')!;

interface PackageInfo {
  name: string;
  format: Edition | 'cmi5';
  lang: string;
  folder: string;
  modules: string[];
}

function text(tag: string, content: string) {
  const el = document.createElement(tag);
  el.textContent = content;
  return el;
}

function table(rows: Array<Record<string, string>>, columns: string[]) {
  const t = document.createElement('table');
  const head = document.createElement('tr');
  columns.forEach((c) => head.append(text('th', c)));
  t.append(head);
  for (const r of rows) {
    const tr = document.createElement('tr');
    columns.forEach((c) => tr.append(text('td', r[c] ?? '')));
    t.append(tr);
  }
  return t;
}

let host: LmsHost | undefined;
/** The course's own diagnostic log, kept in the SCO's window (same origin). */
const diagnostics = () =>
  ((frame.contentWindow as { rbDiagnostics?: unknown[] } | null)?.rbDiagnostics ?? []) as Array<
    Record<string, string>
  >;
let pending = false;
function render() {
  if (!host || pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    const s = summarise(host!.record.values, host!.options.edition);
    const dl = document.createElement('dl');
    const rows: Array<[string, string]> = [
      ['Status', s.status],
      ['Score', s.score],
      ['Location', s.location],
      ['Suspend data', `${s.suspendData.length} of ${s.suspendLimit} characters`],
      ['Launches', String(host!.record.launches)],
      ['Strict-checker violations', String(host!.violations.length)],
    ];
    for (const [k, v] of rows) dl.append(text('dt', k), text('dd', v));
    panel.replaceChildren(
      dl,
      text('pre', s.suspendData),
      text('h3', 'Interactions'),
      table(s.interactions, ['id', 'type', 'student_response', 'learner_response', 'result']),
      text('h3', 'Objectives'),
      table(s.objectives, ['id', 'score.raw', 'score.scaled', 'status', 'success_status']),
      text('h3', 'Diagnostics (what the LMS said after a failed call)'),
      table(diagnostics() as unknown as Array<Record<string, string>>, [
        'call',
        'element',
        'code',
        'text',
        'detail',
        'outcome',
      ]),
      text('h3', 'Violations'),
      table(
        host!.violations.map((v) => ({
          call: v.call,
          element: v.element ?? '',
          problem: v.problem,
        })),
        ['call', 'element', 'problem'],
      ),
    );
  });
}

let registration: string | null = null;
let polling = 0;
/** cmi5: the LRS is on the server, so its record is polled rather than observed. */
async function renderCmi5() {
  if (!registration) return;
  const record = await readRecord(registration);
  const dl = document.createElement('dl');
  for (const [k, v] of [
    ['Registration', registration],
    ['Statements', String(record.statements.length)],
    ['cmi5 rule violations', String(record.violations.length)],
  ])
    dl.append(text('dt', k), text('dd', v));
  panel.replaceChildren(
    dl,
    text('h3', 'Statements'),
    table(statementRows(record), ['time', 'verb', 'object', 'result']),
    text('h3', 'Violations'),
    table(
      record.violations.map((problem) => ({ problem })),
      ['problem'],
    ),
  );
}

async function startCmi5(keepAttempt: boolean) {
  const pkg = params.get('pkg')!.replace(/\/?$/, '/');
  registration = await launchCmi5(frame, pkg, params.get('sco')!, keepAttempt, async (r) => {
    const fault = params.get('fault') ?? 'none';
    await setLrsFault(
      r,
      fault === 'lrs-statements-fail'
        ? 'statements-fail'
        : fault === 'lrs-state-fail'
          ? 'state-fail'
          : 'none',
    );
  });
  if (!registration) panel.replaceChildren(text('p', "This AU is not in the package's cmi5.xml."));
  clearInterval(polling);
  polling = window.setInterval(() => void renderCmi5(), 1000);
}

function launch() {
  const pkg = params.get('pkg');
  const sco = params.get('sco');
  const format = params.get('format') ?? 'scorm12';
  if (!pkg || !sco) return;
  if (format === 'cmi5') return void startCmi5(true);
  const edition = format as Edition;
  host = new LmsHost({
    edition,
    key: `lms:${pkg}:${sco}`,
    fault: (params.get('fault') ?? 'none') as Fault,
    quirk: (params.get('quirk') ?? 'none') as Quirk,
    slowCommitMs: Number(params.get('slow') ?? 5000),
    onChange: render,
  });
  host.install(window as unknown as Window & Record<string, unknown>);
  frame.src = `${pkg.replace(/\/?$/, '/')}${sco}`;
  render();
}

/** Ends the session like closing the LMS player, then launches again from the saved record. */
function relaunch(): Promise<void> {
  if (params.get('format') === 'cmi5') {
    return new Promise((resolve) => {
      frame.addEventListener('load', () => void startCmi5(true).then(resolve), { once: true });
      frame.src = 'about:blank';
    });
  }
  return new Promise((resolve) => {
    frame.addEventListener(
      'load',
      () => {
        host!.install(window as unknown as Window & Record<string, unknown>);
        frame.addEventListener('load', () => resolve(), { once: true });
        frame.src = `${params.get('pkg')!.replace(/\/?$/, '/')}${params.get('sco')}`;
        render();
      },
      { once: true },
    );
    frame.src = 'about:blank';
  });
}

async function listPackages() {
  const select = form.querySelector<HTMLSelectElement>('select')!;
  try {
    const base = PACKAGES_BASE;
    const list = (await (await fetch(`${base}packages.json`)).json()) as PackageInfo[];
    for (const p of list) {
      for (const sco of p.modules) {
        const option = text(
          'option',
          `${p.lang} · ${p.format} · ${p.name} · ${sco}`,
        ) as HTMLOptionElement;
        option.value = JSON.stringify({
          pkg: `${base}${p.folder.replace(/^\//, '')}`,
          sco: `${sco}.html`,
          format: p.format,
        });
        option.selected =
          params.get('pkg')?.replace(/\/?$/, '') === `${base}${p.folder.replace(/^\//, '')}` &&
          params.get('sco') === `${sco}.html`;
        select.append(option);
      }
    }
  } catch {
    select.append(text('option', 'No packages found: run npm run package'));
  }
  form.querySelector<HTMLSelectElement>('[name=fault]')!.value = params.get('fault') ?? 'none';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = JSON.parse(select.value) as Record<string, string>;
    const fault = form.querySelector<HTMLSelectElement>('[name=fault]')!.value;
    location.search = new URLSearchParams({ ...chosen, fault }).toString();
  });
}

document.querySelector('#reset')!.addEventListener('click', () => {
  if (params.get('format') === 'cmi5') return void startCmi5(false); // a new registration
  host?.reset();
  launch();
});
document.querySelector('#relaunch')!.addEventListener('click', () => void relaunch());

Object.assign(window, {
  lms: {
    values: () => host?.record.values ?? {},
    summary: () => (host ? summarise(host.record.values, host.options.edition) : null),
    violations: () => host?.violations ?? [],
    calls: () => host?.calls ?? [],
    diagnostics,
    cmi5: () => (registration ? readRecord(registration) : null),
    lrsFault: (fault: 'none' | 'statements-fail' | 'state-fail') =>
      registration ? setLrsFault(registration, fault) : null,
    relaunch,
  },
});
void listPackages();
launch();
