/**
 * Cross-checks of the session plans: the blocks add up to the stated total, every module,
 * scenario and plan named exists, a role-play block leaves time to brief, play and debrief,
 * and a programme's weeks only go forward. Pure.
 */
import { total } from '../facilitator/agendas.ts';
import { classTiming } from '../facilitator/timing.ts';
import type { ContentError } from '../schemas/author-errors.ts';
import type { Programme, SessionPlan } from '../schemas/session-plan.ts';
import type { ModuleSource } from './load.ts';

type Located<T> = T & { file: string };

export function planProblems(
  plans: Located<SessionPlan>[],
  programmes: Located<Programme>[],
  modules: ModuleSource[],
): { errors: ContentError[]; warnings: ContentError[] } {
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  const scenarios = modules.flatMap((m) => m.scenarios);
  const ids = plans.map((p) => p.id);
  for (const plan of plans) {
    const sum = total(plan.blocks);
    if (sum !== plan.minutes)
      errors.push({
        file: plan.file,
        at: 'minutes',
        message:
          `says ${plan.minutes} but the blocks add up to ${sum}; fix a block's minutes or the ` +
          `total`,
      });
    if (ids.indexOf(plan.id) !== ids.lastIndexOf(plan.id))
      errors.push({ file: plan.file, at: 'id', message: `"${plan.id}" is used by two plans` });
    if (plan.module && !modules.some((m) => m.id === plan.module))
      errors.push({
        file: plan.file,
        at: 'module',
        message: `"${plan.module}" matches no module of the course`,
      });
    plan.blocks.forEach((block, i) => {
      if (!block.roleplay) return;
      const at = `blocks › #${i + 1} › roleplay`;
      const scenario = scenarios.find((s) => s.id === block.roleplay);
      if (!scenario) {
        errors.push({ file: plan.file, at, message: `"${block.roleplay}" matches no scenario` });
        return;
      }
      const { briefing, play, debrief } = classTiming(scenario);
      const needed = briefing + block.runs * play + debrief;
      if (block.minutes < needed)
        errors.push({
          file: plan.file,
          at: `blocks › #${i + 1} › minutes`,
          message:
            `is ${block.minutes}, but briefing, ${block.runs} run(s) and debriefing ` +
            `"${scenario.id}" take ${needed}; give the block at least ${needed} minutes or fewer ` +
            `runs`,
        });
    });
  }
  for (const programme of programmes) {
    const { min, max } = programme.groupSize;
    if (min > max)
      errors.push({
        file: programme.file,
        at: 'groupSize',
        message: `min (${min}) is larger than max (${max})`,
      });
    programme.sessions.forEach((s, i) => {
      if (!ids.includes(s.plan))
        errors.push({
          file: programme.file,
          at: `sessions › #${i + 1} › plan`,
          message:
            `"${s.plan}" matches no plan in content/sessions (known: ` +
            `${ids.join(', ') || 'none'})`,
        });
      if (i > 0 && s.week < programme.sessions[i - 1].week)
        errors.push({
          file: programme.file,
          at: `sessions › #${i + 1} › week`,
          message: `is week ${s.week}, before the session above it; keep the sessions in week order`,
        });
    });
    const taught = new Set(
      programme.sessions.map((s) => plans.find((p) => p.id === s.plan)?.module),
    );
    for (const m of modules.filter((m) => !taught.has(m.id)))
      warnings.push({
        file: programme.file,
        at: 'sessions',
        message: `no session teaches module "${m.id}"; add a plan with module: ${m.id}`,
      });
  }
  return { errors, warnings };
}
