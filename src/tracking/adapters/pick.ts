import { findApi } from './discovery.ts';
import { Scorm12Adapter, type Scorm12Api } from './scorm12.ts';
import { Scorm2004Adapter, type Scorm2004Api } from './scorm2004.ts';
import { StandaloneAdapter } from './standalone.ts';
import type { LmsAdapter } from '../types.ts';

/** SCORM 2004 first (a 2004 LMS may also offer a 1.2 API), then 1.2, else standalone. */
export function pickAdapter(from: Window = window): LmsAdapter {
  const api2004 = findApi<Scorm2004Api>('API_1484_11', from);
  if (api2004) return new Scorm2004Adapter(api2004);
  const api12 = findApi<Scorm12Api>('API', from);
  if (api12) return new Scorm12Adapter(api12);
  return new StandaloneAdapter();
}
