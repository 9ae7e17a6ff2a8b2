/** The launch read both SCORM adapters share (src/tracking/adapters/launch-reads.ts). */
import { describe, expect, it } from 'vitest';
import { type LaunchElements, readLaunch } from '#src/tracking/adapters/launch-reads.ts';

const V12: LaunchElements = {
  entry: 'entry',
  completion: 'status',
  success: 'status',
  score: 'score',
  suspendData: 'suspend',
  location: 'location',
  learnerId: 'id',
  learnerName: 'name',
};
const V2004: LaunchElements = { ...V12, completion: 'completion', success: 'success' };

function lms(values: Record<string, string>, failing: string[] = []) {
  const reads: string[] = [];
  const read = (element: string) => {
    reads.push(element);
    return { value: values[element] ?? '', ok: !failing.includes(element) };
  };
  return { read, reads };
}

describe('reading a SCORM launch', () => {
  it(
    'reads each element once (1.2 keeps completion and success in one) and normalises ' + 'case',
    () => {
      const { read, reads } = lms({ entry: ' RESUME', status: 'Passed', score: '90', id: 'l1' });
      const got = readLaunch(read, V12);
      expect(reads).toEqual(['entry', 'status', 'score', 'suspend', 'location', 'id', 'name']);
      expect(got?.completion).toBe('passed');
      expect(got?.launch).toMatchObject({ entry: 'resume', learnerId: 'l1' });
      expect(got?.launch.prior).toEqual({
        completion: 'completed',
        success: 'passed',
        scoreRaw: 90,
      });
    },
  );

  it('keeps 2004 success apart from completion, and an unknown entry as ""', () => {
    const { read } = lms({ entry: 'other', completion: 'incomplete', success: 'failed' });
    const got = readLaunch(read, V2004);
    expect(got?.launch.entry).toBe('');
    expect(got?.launch.prior).toMatchObject({ completion: 'incomplete', success: 'failed' });
  });

  it.each(['status', 'suspend', 'id'])('gives nothing when %s cannot be read', (element) => {
    expect(readLaunch(lms({}, [element]).read, V12)).toBeNull();
  });

  it('still launches when only the name, location or score cannot be read', () => {
    expect(readLaunch(lms({}, ['name', 'location', 'score']).read, V12)).not.toBeNull();
  });
});
