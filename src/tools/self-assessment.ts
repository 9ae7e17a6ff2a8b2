/**
 * Self-assessment results: an average per dimension (1 = lowest scale label) and the weakest one.
 */
export interface Dimension {
  id: string;
  label: string;
  statements: string[];
}
/** Answers keyed `<dimension>.<statement index>`, values 1..scale length. */
export type Answers = Record<string, number>;

export interface DimensionResult {
  id: string;
  label: string;
  average: number;
  answered: number;
  total: number;
}

export function dimensionResults(dimensions: Dimension[], answers: Answers): DimensionResult[] {
  return dimensions.map((d) => {
    const values = d.statements
      .map((_, i) => answers[`${d.id}.${i}`])
      .filter((v): v is number => typeof v === 'number');
    const average = values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
    return {
      id: d.id,
      label: d.label,
      average: Math.round(average * 10) / 10,
      answered: values.length,
      total: d.statements.length,
    };
  });
}

/** The dimension to start with: lowest average among fully answered ones; the first on ties. */
export function weakest(results: DimensionResult[]): DimensionResult | undefined {
  return results
    .filter((r) => r.answered === r.total)
    .reduce<DimensionResult | undefined>(
      (low, r) => (!low || r.average < low.average ? r : low),
      undefined,
    );
}
