/** No LMS: the local copy is the only record. Everything succeeds; nothing leaves the device. */
import type { LaunchData, LmsAdapter } from '../types.ts';

export class StandaloneAdapter implements LmsAdapter {
  readonly kind = 'standalone';
  initialize(): LaunchData {
    return { entry: 'resume', suspendData: '', location: '', learnerId: 'local', learnerName: '' };
  }
  write = () => true;
  recordInteraction = () => true;
  recordObjective = () => true;
  commit = () => true;
  terminate = () => true;
}
