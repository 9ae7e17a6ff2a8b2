/**
 * The method names of the LMS runtime API, per edition (SCORM 1.2 RTE 3.3, SCORM 2004 RTE 3.1):
 * one table for the preview host (lms-host.ts) and the strict checker (strict-checker.ts).
 */
export const API_METHODS = {
  scorm12: {
    init: 'LMSInitialize',
    finish: 'LMSFinish',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    errors: ['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
  },
  scorm2004: {
    init: 'Initialize',
    finish: 'Terminate',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    errors: ['GetLastError', 'GetErrorString', 'GetDiagnostic'],
  },
} as const;
