/** Where the preview server mounts packages: a deep path, as LMSs serve them. */
export const PACKAGES_BASE = '/lms/acme-learning/course-store/7f3a9c/content/';
/** Where the browser tests unzip packages to serve them. */
export const UNZIPPED_BASE = '/lms/tests/';
