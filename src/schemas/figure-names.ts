/**
 * The illustrations drawn for the course (src/components/illustrations), by the name that
 * course.yaml's `figures:` gives a module. Shared: the schema validates the names, the page draws
 * them.
 */
export const FIGURE_NAMES = [
  'balance',
  'listening_cycle',
  'escalation_ladder',
  'logical_levels',
  'stress_curve',
  'ei_quadrant',
  'support_loop',
] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];
