/**
 * Folds events into per-learner summaries whose size depends on learners and content, not on the
 * number of statements: for each learner, the first and the latest answer of each interaction,
 * the best module outcome, summed time, the best objective score, the section they stopped at and
 * their group. Learners are numbered once; duplicate keys are kept as 64-bit hashes.
 */
import { AnswerStore } from './answer-store.ts';
import type { ContentIndex } from './content-index.ts';
import { HashSet64 } from './hash-set.ts';
import type { ParseOutput, Problem, ReportEvent } from './types.ts';

export interface ModuleLearner {
  completed: boolean;
  passed: boolean;
  failed: boolean;
  score?: number;
  durationMs: number;
  /** Section id of the latest saved location, or else of the latest answer's section. */
  stop?: string;
  stopTime: number;
  stopFromLocation: boolean;
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
  private readonly seen = new HashSet64();
  /** Learner key → number; the keys never leave this object. */
  private readonly learnerIds = new Map<string, number>();
  counts = { events: 0, duplicates: 0, problems: 0, outsidePeriod: 0, undated: 0, otherGroup: 0 };
  readonly problems: Problem[] = [];
  /** Interaction ids (or module/competency ids) not in the current content → how many records. */
  readonly unknownIds = new Map<string, number>();
  /** interaction id → learner → first and latest answer. */
  readonly answers = new AnswerStore();
  /** module id → learner → outcome. */
  readonly modules = new Map<string, Map<number, ModuleLearner>>();
  /** competency id → learner → best scaled score. */
  readonly objectives = new Map<string, Map<number, number>>();
  /** learner → the first group an export names for them. */
  readonly groups = new Map<number, string>();
  private readonly dateRange = { min: Infinity, max: -Infinity };

  constructor(index: ContentIndex, options: AggregateOptions = {}) {
    this.index = index;
    this.options = options;
  }

  get period() {
    return this.dateRange.min <= this.dateRange.max ? { ...this.dateRange } : undefined;
  }

  /** Every group named in the exports, sorted. */
  get groupNames(): string[] {
    return [...new Set(this.groups.values())].sort();
  }

  add(out: ParseOutput) {
    if (out.kind === 'skip') return;
    if (out.kind === 'problem') return this.problem(out.problem);
    if (out.dedupKey && !this.seen.add(out.dedupKey)) {
      this.counts.duplicates++;
      return;
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

  private learner(key: string, group: string | undefined): number {
    let n = this.learnerIds.get(key);
    if (n === undefined) {
      n = this.learnerIds.size;
      this.learnerIds.set(key, n);
    }
    if (group && !this.groups.has(n)) this.groups.set(n, group);
    return n;
  }

  private moduleLearner(module: string, learner: number): ModuleLearner {
    return entry(
      entry(this.modules, module, () => new Map()),
      learner,
      () => ({
        completed: false,
        passed: false,
        failed: false,
        durationMs: 0,
        stopTime: -Infinity,
        stopFromLocation: false,
      }),
    );
  }

  /** A saved location beats a section inferred from an answer; the later of each kind wins. */
  private stopAt(m: ModuleLearner, section: string, time: number, fromLocation: boolean) {
    if (m.stopFromLocation && !fromLocation) return;
    if (fromLocation && !m.stopFromLocation) m.stopTime = -Infinity;
    if (time < m.stopTime) return;
    Object.assign(m, { stop: section, stopTime: time, stopFromLocation: fromLocation });
  }

  private event(e: ReportEvent) {
    const t = Number.isNaN(e.time) ? 0 : e.time;
    if (e.type === 'answer') {
      const ref = this.index.interactions.get(e.id);
      if (!ref) return this.unknown(e.id);
      const learner = this.learner(e.learner, e.group);
      const m = this.moduleLearner(ref.module, learner);
      if (ref.section) this.stopAt(m, ref.section, t, false);
      this.answers.record(e.id, learner, e.response, t);
    } else if (e.type === 'module') {
      const mod = this.index.modules.find((x) => x.id === e.module);
      if (!mod) return this.unknown(`module ${e.module}`);
      const m = this.moduleLearner(e.module, this.learner(e.learner, e.group));
      if (e.status === 'completed' || e.status === 'passed') m.completed = true;
      if (e.status === 'passed') m.passed = true;
      if (e.status === 'failed') m.failed = true;
      if (e.score !== undefined) m.score = Math.max(m.score ?? 0, e.score);
      m.durationMs += e.durationMs ?? 0;
      if (e.location) {
        if (mod.sections.some((s) => s.id === e.location)) this.stopAt(m, e.location, t, true);
        else this.unknown(`section ${e.module}.${e.location}`);
      }
    } else {
      const c = this.index.competencies.get(e.competency);
      if (!c) return this.unknown(`competency ${e.competency}`);
      const learner = this.learner(e.learner, e.group);
      this.moduleLearner(c.module, learner);
      const byLearner = entry(this.objectives, e.competency, () => new Map<number, number>());
      byLearner.set(learner, Math.max(byLearner.get(learner) ?? 0, e.scaled));
    }
  }
}
