/**
 * Two windows of the same module for the same learner would each save over the other. The first
 * window keeps working; a later one hears it on a BroadcastChannel and becomes read-only, so no
 * work is silently lost. Ties (both opened at once) go to the earlier start, then the lower id.
 */
type Message = { type: 'hello' | 'here'; id: string; since: number };

export function guardOneWindow(key: string, onSecond: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const me = { id: Math.random().toString(36).slice(2), since: Date.now() };
  const channel = new BroadcastChannel(`rb-window:${key}`);
  let second = false;
  const older = (other: Message) =>
    me.since < other.since || (me.since === other.since && me.id < other.id);
  channel.onmessage = (event: MessageEvent<Message>) => {
    const other = event.data;
    if (!other || other.id === me.id || second) return;
    if (other.type === 'hello' && older(other)) channel.postMessage({ type: 'here', ...me });
    // Only an answer makes this window second: a window that closed meanwhile never answers.
    if (other.type === 'here') {
      second = true;
      onSecond();
    }
  };
  channel.postMessage({ type: 'hello', ...me });
  return () => channel.close();
}
