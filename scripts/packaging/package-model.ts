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
}

export interface PackageModel {
  /** Manifest identifier, e.g. `relational_burnout.en.foundations`. */
  identifier: string;
  version: string;
  title: string;
  language: string;
  scos: ScoEntry[];
}
