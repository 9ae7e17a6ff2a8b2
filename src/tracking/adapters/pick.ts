import { findApi } from './discovery.ts';
import { Cmi5Adapter } from './cmi5/adapter.ts';
import { readCmi5Launch } from './cmi5/launch.ts';
import { Scorm12Adapter, type Scorm12Api } from './scorm12.ts';
import { Scorm2004Adapter, type Scorm2004Api } from './scorm2004.ts';
import { StandaloneAdapter } from './standalone.ts';
import type { LmsAdapter } from '../types.ts';

/** cmi5 when launched with its parameters; else SCORM 2004 (a 2004 LMS may also offer 1.2), 1.2, standalone. */
export function pickAdapter(from: Window = window): LmsAdapter {
  const cmi5 = readCmi5Launch(from.location.search);
  if (cmi5) return new Cmi5Adapter(cmi5, from.document.documentElement.lang || 'und');
  const api2004 = findApi<Scorm2004Api>('API_1484_11', from);
  if (api2004) return new Scorm2004Adapter(api2004);
  const api12 = findApi<Scorm12Api>('API', from);
  if (api12) return new Scorm12Adapter(api12);
  return new StandaloneAdapter();
}
