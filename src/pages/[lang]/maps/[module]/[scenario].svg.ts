/** Each scenario map as its own SVG file, so a reviewer can open it at full size or zoom it. */
import type { APIRoute } from 'astro';
import { courseContent } from '#src/course/content.ts';
import { localized } from '#src/course/translations.ts';
import { scenarioMap } from '#src/roleplay/scenario-map.ts';

export function getStaticPaths() {
  const { course, modules } = courseContent();
  return course.languages.flatMap((lang) =>
    modules.flatMap((module) =>
      localized(module, lang).scenarios.map((scenario) => ({
        params: { lang, module: module.id, scenario: scenario.id },
        props: { scenario, lang },
      })),
    ),
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response(scenarioMap(props.scenario, props.lang), {
    headers: { 'content-type': 'image/svg+xml' },
  });
