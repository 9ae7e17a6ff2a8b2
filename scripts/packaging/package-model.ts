/** What a manifest writer needs to know about a package, independent of the edition. */
export interface ScoEntry {
  id: string;
  title: string;
  /** Page of the SCO, relative to the package root. */
  href: string;
  /** Every file the SCO uses, relative to the package root. */
  files: string[];
  /** Percentage 0–100. */
  masteryScore: number;
  /** One-sentence summary (cmi5 requires a description per AU). */
  description: string;
  /** True when the module has graded questions, so passing is part of moving on. */
  graded: boolean;
}

export interface PackageModel {
  /** Manifest identifier, e.g. `relational_burnout.en.foundations`. */
  identifier: string;
  version: string;
  title: string;
  language: string;
  /** IRI of the course for cmi5 (course.yaml `iri`); AU ids extend it. */
  iri: string;
  description: string;
  scos: ScoEntry[];
}
