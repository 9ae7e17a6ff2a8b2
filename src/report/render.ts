/** The whole report page: one static HTML file, no script, inline CSS, SVG charts with tables. */
import { resetIds, text } from './html.ts';
import { questionSection, scenarioSection } from './render-activities.ts';
import { comparisonSection } from './render-compare.ts';
import { competencySection, moduleSection } from './render-modules.ts';
import { MAX_GROUP_COLUMNS, type RunResult } from './run.ts';
import { EDGE_WIDTH_CSS, mapShapes } from './svg.ts';

const CSS =
  `body{font:16px/1.5 ` +
  `system-ui,sans-serif;overflow-wrap:anywhere;color:#1a1a1a;background:#fff;margin:0 auto;
max-width:60rem;padding:1rem}h1,h2,h3{line-height:1.2}h2{border-top:2px solid #1d5b79;padding-top:
.5rem;margin-top:2.5rem}table{border-collapse:collapse;margin:.5rem 0 1.5rem;width:100%}th,td{
border:1px solid #767676;padding:.25rem .5rem;text-align:left;vertical-align:top}caption{
text-align:left;font-weight:600}svg{display:block;max-width:100%;height:auto;font-size:13px}.chart{width:35rem}.map{width:40rem}
svg text{fill:#1a1a1a}.chart path{fill:none;stroke:#1d5b79;stroke-width:18}.l{text-anchor:end}.shapes{position:absolute}.map use{fill:none;stroke:#1d5b79}
.map .w{stroke:#a4262c}.map .a{stroke:#8a5a00}.node{fill:#e8f0f4;
stroke:#1d5b79;stroke-width:1}.flag{background:#fde7e9;color:#7a1c21;padding:0 ` +
  `.3rem;border-radius:3px;
font-size:.85em}.quote{color:#3d3d3d;font-style:italic}details{margin:1rem 0}
@media print{h2{break-before:page}}`;

const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function summary(r: RunResult): string {
  const f = r.main;
  const c = f.counts;
  const period = f.period ? `${date(f.period.min)} to ${date(f.period.max)}` : 'no dated records';
  const problems = f.problems
    .map((p) => `<li>${text(p.file)}, line ${p.line}: ${text(p.reason)}</li>`)
    .join('');
  const unknown = f.unknownIds
    .map(([id, n]) => `<li><code>${text(id)}</code>: ${n} records</li>`)
    .join('');
  return (
    `<section aria-labelledby="inputs"><h2 id="inputs">What was read</h2>` +
    `<p>${r.files.length} files ` +
    `(${r.files.map((x) => `${text(x.file)}: ${x.format}`).join('; ')}). ` +
    `Records used: ${c.events}, duplicates dropped: ` +
    `${c.duplicates}, rows or statements not usable: ${c.problems}` +
    `${c.outsidePeriod ? `, outside the period: ${c.outsidePeriod}` : ''}` +
    `${c.undated ? `, without a date: ${c.undated}` : ''}` +
    `${c.otherGroup ? `, other groups: ${c.otherGroup}` : ''}. Period covered: ${period}.</p>` +
    (r.groups.length
      ? `<p>Groups named in the exports: ` +
        `${r.groups.map(text).join(', ')}` +
        (r.groups.length > MAX_GROUP_COLUMNS
          ? ` (the first ${MAX_GROUP_COLUMNS} are compared side by side; ` +
            'use --group for the others)'
          : '') +
        '.</p>'
      : '') +
    `<p>Privacy: counts and shares only; any figure about fewer than ` +
    `${f.minLearners} learners is shown as "&lt; ` +
    `${f.minLearners}" (report.minLearners in content/course.yaml).</p>` +
    (unknown
      ? `<h3>Ids not in the current content</h3><p>These records name interactions that no ` +
        'longer exist: they come from an older version of the course and are not counted.</p>' +
        `<ul>${unknown}</ul>`
      : '') +
    (problems
      ? `<h3>Rows and statements not used</h3><p>${c.problems} in all` +
        `${c.problems > f.problems.length ? `, the first ${f.problems.length} listed` : ''}` +
        `.</p><ul>${problems}</ul>`
      : '') +
    '</section>'
  );
}

const NO_OBJECTIVES =
  '<p>No objective scores in these exports (the Moodle interactions report and cmi5 do not ' +
  'carry them; use the generic CSV).</p>';

export function renderReport(r: RunResult, title: string): string {
  resetIds();
  const f = r.main;
  const min = f.minLearners;
  const part = (id: string, heading: string, body: string) =>
    `<section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>${body}</section>`;
  const byModule = f.modules.filter((m) => m.learners > 0);
  const nav = [
    ['inputs', 'What was read'],
    ['modules', 'Modules'],
    ['scenarios', 'Scenarios'],
    ['questions', 'Knowledge checks'],
    ['competencies', 'Competencies'],
    ...[r.compare, r.cohorts].flatMap((c) => (c ? [[c.id, c.heading]] : [])),
  ]
    .map(([id, t]) => `<li><a href="#${id}">${t}</a></li>`)
    .join('');
  const competencies = f.competencies.filter((c) => c.learners > 0);
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" ` +
    `content="width=device-width, ` +
    `initial-scale=1"><title>${text(title)}: learning ` +
    `report</title><style>${CSS}${EDGE_WIDTH_CSS}</style></head><body><header><h1>` +
    `${text(title)}: learning report</h1><nav aria-label="Report sections"><ul>` +
    `${nav}</ul></nav></header><main>${summary(r)}${part(
      'modules',
      'Modules',
      byModule.map((m) => moduleSection(m, min)).join('') || '<p>No module records.</p>',
    )}${part(
      'scenarios',
      'Scenarios',
      f.scenarios
        .filter((s) => s.learners > 0)
        .map((s) => scenarioSection(s, f))
        .join('') || '<p>No decisions recorded.</p>',
    )}${part(
      'questions',
      'Knowledge checks',
      f.questions
        .filter((q) => q.learners > 0 || q.unresolved > 0)
        .map((q) => questionSection(q, min))
        .join('') || '<p>No answers recorded.</p>',
    )}${part(
      'competencies',
      'Competencies',
      competencies.map((c) => competencySection(c, min)).join('') || NO_OBJECTIVES,
    )}${[r.compare, r.cohorts].map((c) => (c ? comparisonSection(c) : '')).join('')}</main>${mapShapes()}</body></html>`
  );
}
