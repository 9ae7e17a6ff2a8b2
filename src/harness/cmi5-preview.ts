/**
 * The LMS preview for cmi5 packages: reads the package's cmi5.xml as an LMS does, asks the
 * in-memory LRS (/lrs/) to launch the AU, and shows live the statements the LRS received and any
 * cmi5 rule they break. The registration is kept per AU, so "relaunch" continues the attempt.
 */
const LRS = '/lrs/';

export interface AuInfo {
  id: string;
  masteryScore?: number;
  moveOn: string;
}

export async function readAu(pkg: string, sco: string): Promise<AuInfo | null> {
  const xml = new DOMParser().parseFromString(
    await (await fetch(`${pkg}cmi5.xml`)).text(),
    'application/xml',
  );
  const au = [...xml.getElementsByTagName('au')].find(
    (a) => a.getElementsByTagName('url')[0]?.textContent === sco,
  );
  if (!au) return null;
  const mastery = au.getAttribute('masteryScore');
  return {
    id: au.getAttribute('id')!,
    moveOn: au.getAttribute('moveOn') ?? 'NotApplicable',
    ...(mastery ? { masteryScore: Number(mastery) } : {}),
  };
}

/** Launches the AU in the frame; a new registration unless `keepAttempt` and one is stored. */
export async function launchCmi5(
  frame: HTMLIFrameElement,
  pkg: string,
  sco: string,
  keepAttempt: boolean,
  beforeLaunch?: (registration: string) => Promise<void>,
): Promise<string | null> {
  const au = await readAu(pkg, sco);
  if (!au) return null;
  const key = `lrs:registration:${pkg}${sco}`;
  const registration = (keepAttempt && localStorage.getItem(key)) || crypto.randomUUID();
  localStorage.setItem(key, registration);
  await beforeLaunch?.(registration);
  const request = {
    auUrl: new URL(`${pkg}${sco}`, location.href).href,
    activityId: au.id,
    registration,
    moveOn: au.moveOn,
    masteryScore: au.masteryScore,
  };
  const launched = (await (
    await fetch(`${LRS}_launch`, { method: 'POST', body: JSON.stringify(request) })
  ).json()) as { url: string };
  frame.src = launched.url;
  return registration;
}

export interface Cmi5Record {
  // biome-ignore lint/suspicious/noExplicitAny: xAPI statements are open JSON, read field by field
  statements: Array<Record<string, any>>;
  violations: string[];
}

export const readRecord = async (registration: string): Promise<Cmi5Record> =>
  (
    await fetch(`${LRS}_record?registration=${encodeURIComponent(registration)}`)
  ).json() as Promise<Cmi5Record>;

/** One row per statement: when, what, and the result in words. */
export function statementRows(record: Cmi5Record): Array<Record<string, string>> {
  return record.statements.map((s) => ({
    time: String(s.timestamp ?? '').slice(11, 19),
    verb:
      String(s.verb?.id ?? '')
        .split('/')
        .pop() ?? '',
    object: String(s.object?.id ?? '')
      .split('/')
      .slice(-2)
      .join('/'),
    result: s.result
      ? Object.entries(s.result)
          .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`)
          .join(', ')
      : '',
  }));
}

/** Makes the LRS fail (or work again) for this registration only. */
export const setLrsFault = (
  registration: string,
  fault: 'none' | 'statements-fail' | 'state-fail',
) => fetch(`${LRS}_fault`, { method: 'POST', body: JSON.stringify({ registration, fault }) });
