import type { LmsAdapter } from '../types.ts';
import { readCmi5Launch } from './cmi5/launch.ts';
import { findApi } from './discovery.ts';
import { Scorm12Adapter, type Scorm12Api } from './scorm12.ts';
import { Scorm2004Adapter, type Scorm2004Api } from './scorm2004.ts';
import { StandaloneAdapter } from './standalone.ts';

/**
 * cmi5 when launched with its parameters; else SCORM 2004 (a 2004 LMS may also offer 1.2), 1.2,
 * standalone. The cmi5 code is its own chunk, which only cmi5 packages carry (page-files.ts).
 */
export async function pickAdapter(from: Window = window): Promise<LmsAdapter> {
  const cmi5 = readCmi5Launch(from.location.search);
  if (cmi5) {
    try {
      const { Cmi5Adapter } = await import('./cmi5/cmi5-adapter.ts');
      return new Cmi5Adapter(cmi5, from.document.documentElement.lang || 'und');
    } catch {
      return new StandaloneAdapter(); // a SCORM package started with cmi5 parameters: it has no cmi5 code
    }
  }
  const api2004 = findApi<Scorm2004Api>('API_1484_11', from);
  if (api2004) return new Scorm2004Adapter(api2004);
  const api12 = findApi<Scorm12Api>('API', from);
  if (api12) return new Scorm12Adapter(api12);
  return new StandaloneAdapter();
}
