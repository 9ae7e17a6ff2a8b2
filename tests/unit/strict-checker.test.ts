import { describe, expect, it } from 'vitest';
import { StrictChecker } from '#src/harness/strict-checker.ts';

const problems = (c: StrictChecker) =>
  c.violations.map((v) => `${v.call} ${v.element ?? ''}: ${v.problem}`);

describe('strict SCORM 1.2 checker', () => {
  it('accepts a clean session', () => {
    const c = new StrictChecker('scorm12');
    c.check('LMSInitialize');
    c.check('LMSGetValue', 'cmi.suspend_data');
    c.check('LMSSetValue', 'cmi.core.lesson_status', 'incomplete');
    c.check('LMSSetValue', 'cmi.interactions.0.id', 'check.first_reply');
    c.check('LMSSetValue', 'cmi.interactions.0.type', 'choice');
    c.check('LMSSetValue', 'cmi.interactions.0.student_response', 'b');
    c.check('LMSSetValue', 'cmi.interactions.0.result', 'wrong');
    c.check('LMSSetValue', 'cmi.core.session_time', '0000:03:12');
    c.check('LMSCommit');
    c.check('LMSFinish');
    expect(c.violations).toEqual([]);
  });

  it('rejects what scorm-again lets through', () => {
    const c = new StrictChecker('scorm12');
    c.check('LMSSetValue', 'cmi.core.lesson_status', 'incomplete');
    c.check('LMSInitialize');
    c.check('LMSSetValue', 'cmi.suspend_data', 'x'.repeat(4097));
    c.check('LMSSetValue', 'cmi.core.lesson_location', 'y'.repeat(256));
    c.check('LMSSetValue', 'cmi.interactions.0.id', 'has space');
    c.check('LMSSetValue', 'cmi.interactions.0.type', 'other');
    c.check('LMSSetValue', 'cmi.interactions.0.type', 'choice');
    c.check('LMSSetValue', 'cmi.interactions.0.student_response', 'option one');
    c.check('LMSSetValue', 'cmi.interactions.0.result', 'incorrect');
    c.check('LMSSetValue', 'cmi.interactions.2.id', 'skipped');
    c.check('LMSGetValue', 'cmi.interactions.0.result');
    c.check('LMSSetValue', 'cmi.core.score.raw', '120');
    c.check('LMSSetValue', 'cmi.core.session_time', 'PT3M');
    c.check('LMSSetValue', 'cmi.completion_status', 'completed');
    c.check('LMSFinish');
    c.check('LMSCommit');
    expect(problems(c)).toMatchInlineSnapshot(
      `
      [
        "LMSSetValue cmi.core.lesson_status: called before LMSInitialize",
        "LMSSetValue cmi.suspend_data: is 4097 characters; the limit is 4096",
        "LMSSetValue cmi.core.lesson_location: is 256 characters; the limit is 255",
        "LMSSetValue cmi.interactions.0.id: "has space" is not an id of letters, digits, "_" ` +
        `and "." (1–250 characters)",
        "LMSSetValue cmi.interactions.0.type: "other" is not one of "true-false", "choice", ` +
        `"fill-in", "matching", "performance", "sequencing", "likert", "numeric"",
        "LMSSetValue cmi.interactions.0.student_response: "option one" is not a choice response ` +
        `of single characters (a, b, c…)",
        "LMSSetValue cmi.interactions.0.result: "incorrect" is not one of "correct", "wrong", ` +
        `"unanticipated", "neutral"",
        "LMSSetValue cmi.interactions.2.id: interaction 2 skips index 1",
        "LMSGetValue cmi.interactions.0.result: interactions are write-only in SCORM 1.2",
        "LMSSetValue cmi.core.score.raw: "120" is not a number from 0 to 100",
        "LMSSetValue cmi.core.session_time: "PT3M" is not a CMITimespan (HHHH:MM:SS.SS)",
        "LMSSetValue cmi.completion_status: is not a writable element of this edition",
        "LMSCommit : called after LMSFinish",
      ]
    `,
    );
  });
});

describe('strict SCORM 2004 checker', () => {
  it('enforces 2004 vocabularies and Moodle-safe ids', () => {
    const c = new StrictChecker('scorm2004');
    c.check('Initialize');
    c.check('Initialize');
    c.check('SetValue', 'cmi.interactions.0.id', 'rp.refund call');
    c.check('SetValue', 'cmi.interactions.0.type', 'choice');
    c.check('SetValue', 'cmi.interactions.0.learner_response', 'paraphrase[,]policy first');
    c.check('SetValue', 'cmi.interactions.0.result', 'wrong');
    c.check('SetValue', 'cmi.interactions.0.timestamp', '2026-11-22T10:00:00');
    c.check('SetValue', 'cmi.interactions.0.timestamp', '2026-11-22T10:00:00.00Z');
    // a zone needs fractions first
    c.check('SetValue', 'cmi.interactions.0.timestamp', '2026-11-22T10:00:00Z');
    c.check('SetValue', 'cmi.success_status', 'completed');
    c.check('SetValue', 'cmi.score.scaled', '1.5');
    c.check('SetValue', 'cmi.session_time', '00:03:00');
    c.check('SetValue', 'cmi.suspend_data', 'x'.repeat(5000));
    c.check('Terminate');
    expect(problems(c)).toMatchInlineSnapshot(
      `
      [
        "Initialize : called twice",
        "SetValue cmi.interactions.0.id: "rp.refund call" is not an id of letters, digits, "_" ` +
        `and "." (1–250 characters)",
        "SetValue cmi.interactions.0.learner_response: "paraphrase[,]policy first" is not ` +
        `choice ids separated by [,]",
        "SetValue cmi.interactions.0.result: "wrong" is not one of "correct", "incorrect", ` +
        `"unanticipated", "neutral"",
        "SetValue cmi.interactions.0.timestamp: "2026-11-22T10:00:00Z" is not an ISO 8601 time ` +
        `(a zone only after fractions of a second)",
        "SetValue cmi.success_status: "completed" is not one of "passed", "failed", "unknown"",
        "SetValue cmi.score.scaled: "1.5" is not a number from -1 to 1",
        "SetValue cmi.session_time: "00:03:00" is not an ISO 8601 duration (e.g. PT1H2M3S)",
      ]
    `,
    );
  });
});
