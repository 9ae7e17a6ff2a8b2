/**
 * Folds events into per-learner summaries whose size depends on learners and content, not on the
 * number of statements: for each learner, the first and the latest answer of each interaction,
 * the best module outcome, summed time, the best objective score.
 */
import type { ContentIndex } from './content-index.ts';
import type { ParseOutput, Problem, ReportEvent } from './types.ts';

export interface Answer {
  first: string;
  firstTime: number;
  last: string;
  lastTime: number;
}

export interface ModuleLearner {
  completed: boolean;
  passed: boolean;
  failed: boolean;
  score?: number;
  durationMs: number;
}

export interface AggregateOptions {
  /** Inclusive bounds, epoch ms. */
  from?: number;
  to?: number;
  group?: string;
  /** How many problems to list one by one (all are counted). */
  listLimit?: number;
}

const LIST_LIMIT = 200;

function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  const found = map.get(key);
  if (found !== undefined) return found;
  const made = make();
  map.set(key, made);
  return made;
}

export class Aggregator {
  readonly index: ContentIndex;
  readonly options: AggregateOptions;
  private readonly seen = new Set<string>();
  counts = { events: 0, duplicates: 0, problems: 0, outsidePeriod: 0, undated: 0, otherGroup: 0 };
  readonly problems: Problem[] = [];
  /** Interaction ids (or module/competency ids) not in the current content → how many records. */
  readonly unknownIds = new Map<string, number>();
  /** interaction id → learner → answer. */
  readonly answers = new Map<string, Map<string, Answer>>();
  /** module id → learner → outcome. */
  readonly modules = new Map<string, Map<string, ModuleLearner>>();
  /** competency id → learner → best scaled score. */
  readonly objectives = new Map<string, Map<string, number>>();
  private readonly dateRange = { min: Infinity, max: -Infinity };

  constructor(index: ContentIndex, options: AggregateOptions = {}) {
    this.index = index;
    this.options = options;
  }

  get period() {
    return this.dateRange.min <= this.dateRange.max ? { ...this.dateRange } : undefined;
  }

  add(out: ParseOutput) {
    if (out.kind === 'skip') return;
    if (out.kind === 'problem') return this.problem(out.problem);
    if (out.dedupKey) {
      if (this.seen.has(out.dedupKey)) {
        this.counts.duplicates++;
        return;
      }
      this.seen.add(out.dedupKey);
    }
    const e = out.event;
    const { from, to, group } = this.options;
    if (from !== undefined || to !== undefined) {
      if (Number.isNaN(e.time)) return void this.counts.undated++;
      if ((from !== undefined && e.time < from) || (to !== undefined && e.time > to))
        return void this.counts.outsidePeriod++;
    }
    if (group !== undefined && e.group !== group) return void this.counts.otherGroup++;
    this.counts.events++;
    if (!Number.isNaN(e.time)) {
      this.dateRange.min = Math.min(this.dateRange.min, e.time);
      this.dateRange.max = Math.max(this.dateRange.max, e.time);
    }
    this.event(e);
  }

  problem(p: Problem) {
    this.counts.problems++;
    if (this.problems.length < (this.options.listLimit ?? LIST_LIMIT)) this.problems.push(p);
  }

  private unknown(id: string) {
    this.unknownIds.set(id, (this.unknownIds.get(id) ?? 0) + 1);
  }

  private moduleLearner(module: string, learner: string): ModuleLearner {
    return entry(
      entry(this.modules, module, () => new Map()),
      learner,
      () => ({
        completed: false,
        passed: false,
        failed: false,
        durationMs: 0,
      }),
    );
  }

  private event(e: ReportEvent) {
    if (e.type === 'answer') {
      const ref = this.index.interactions.get(e.id);
      if (!ref) return this.unknown(e.id);
      this.moduleLearner(ref.module, e.learner);
      const byLearner = entry(this.answers, e.id, () => new Map<string, Answer>());
      const a = byLearner.get(e.learner);
      const t = Number.isNaN(e.time) ? 0 : e.time;
      if (!a)
        byLearner.set(e.learner, {
          first: e.response,
          firstTime: t,
          last: e.response,
          lastTime: t,
        });
      else if (t < a.firstTime) Object.assign(a, { first: e.response, firstTime: t });
      else if (t >= a.lastTime) Object.assign(a, { last: e.response, lastTime: t });
    } else if (e.type === 'module') {
      if (!this.index.modules.some((m) => m.id === e.module))
        return this.unknown(`module ${e.module}`);
      const m = this.moduleLearner(e.module, e.learner);
      if (e.status === 'completed' || e.status === 'passed') m.completed = true;
      if (e.status === 'passed') m.passed = true;
      if (e.status === 'failed') m.failed = true;
      if (e.score !== undefined) m.score = Math.max(m.score ?? 0, e.score);
      m.durationMs += e.durationMs ?? 0;
    } else {
      const c = this.index.competencies.get(e.competency);
      if (!c) return this.unknown(`competency ${e.competency}`);
      this.moduleLearner(c.module, e.learner);
      const byLearner = entry(this.objectives, e.competency, () => new Map<string, number>());
      byLearner.set(e.learner, Math.max(byLearner.get(e.learner) ?? 0, e.scaled));
    }
  }
}
