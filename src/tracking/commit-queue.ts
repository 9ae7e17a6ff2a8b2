/**
 * Writes and commits at meaningful moments only. Store changes mark the state dirty; a moment
 * (section revealed, check answered, role-play ended, reflection sent, leave) asks for a commit.
 * Both are coalesced into one flush after the current task, so a burst of changes from one click
 * costs one write and at most one commit, and a slow synchronous commit blocks once per moment,
 * never while the learner reads. A refused commit is retried a few times (as Adapt's spoor does).
 */
export interface CommitQueueOptions {
  /** Sends the current state to the LMS; false when it refused. */
  write(): boolean;
  commit(): boolean | Promise<boolean>;
  settle(ok: boolean): void;
  retries?: number;
  retryMs?: number;
}

export class CommitQueue {
  private dirty = false;
  private wantCommit = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retriesLeft: number;
  private closed = false;
  private readonly o: CommitQueueOptions;
  /** Commits asked of the LMS so far (for the bench). */
  commits = 0;

  constructor(options: CommitQueueOptions) {
    this.o = options;
    this.retriesLeft = options.retries ?? 3;
  }

  changed(): void {
    this.dirty = true;
  }

  moment(): void {
    this.wantCommit = true;
    if (!this.closed && this.timer === undefined) this.timer = setTimeout(() => this.flush(), 0);
  }

  /** Writes and commits now if anything is pending (on leave, before terminate). */
  flush(commit = true): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.closed) return;
    if (this.dirty) {
      this.dirty = false;
      if (!this.o.write()) {
        this.o.settle(false);
        return;
      }
    }
    if (!commit || !this.wantCommit) return;
    this.wantCommit = false;
    this.commits++;
    const result = this.o.commit();
    const done = (ok: boolean) => {
      this.o.settle(ok);
      if (ok) this.retriesLeft = this.o.retries ?? 3;
      else if (this.retriesLeft > 0 && !this.closed) {
        this.retriesLeft--;
        clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(() => {
          this.wantCommit = true;
          this.flush();
        }, this.o.retryMs ?? 2000);
      }
    };
    if (typeof result === 'boolean') done(result);
    else void result.then(done, () => done(false));
  }

  /** On leave (tab hidden): send what is pending, and nothing when nothing is. */
  leave(): void {
    if (this.dirty || this.wantCommit) {
      this.wantCommit = true;
      this.flush();
    }
  }

  /** Pending work is flushed by the caller first; after this nothing more is sent. */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    clearTimeout(this.retryTimer);
  }
}
