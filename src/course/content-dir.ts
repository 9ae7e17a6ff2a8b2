/** Folder that holds course.yaml and modules/. COURSE_CONTENT lets tests build a fixture course. */
export const contentDir = (): string => process.env.COURSE_CONTENT ?? 'content';
