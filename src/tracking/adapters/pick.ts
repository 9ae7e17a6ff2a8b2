import type { LmsAdapter } from '../types.ts';
import { readCmi5Launch } from './cmi5/launch.ts';
import { findApi } from './discovery.ts';
import type { Scorm12Api } from './scorm12.ts';
import type { Scorm2004Api } from './scorm2004.ts';
import { StandaloneAdapter } from './standalone.ts';

/**
 * cmi5 when launched with its parameters; else SCORM 2004 (a 2004 LMS may also offer 1.2), 1.2,
 * standalone. Each edition's code is a lazily loaded chunk that only packages of its format carry
 * (write-packages.ts): an import that fails means "not this package's format", so we go on.
 */
export async function pickAdapter(from: Window = window): Promise<LmsAdapter> {
  const cmi5 = readCmi5Launch(from.location.search);
  if (cmi5) {
    try {
      const { Cmi5Adapter } = await import('./cmi5/cmi5-adapter.ts');
      return new Cmi5Adapter(cmi5, from.document.documentElement.lang || 'und');
    } catch {
      // a SCORM package started with cmi5 parameters: it has no cmi5 code
      return new StandaloneAdapter();
    }
  }
  const api2004 = findApi<Scorm2004Api>('API_1484_11', from);
  if (api2004) {
    try {
      const { Scorm2004Adapter } = await import('./scorm2004.ts');
      return new Scorm2004Adapter(api2004);
    } catch {} // a SCORM 1.2 package in an LMS offering both: 1.2 it is
  }
  const api12 = findApi<Scorm12Api>('API', from);
  if (api12) {
    try {
      const { Scorm12Adapter } = await import('./scorm12.ts');
      return new Scorm12Adapter(api12);
    } catch {} // a package of another format: no SCORM 1.2 code
  }
  return new StandaloneAdapter();
}
