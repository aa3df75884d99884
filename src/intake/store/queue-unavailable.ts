import { StoreUnavailableError } from '../../store/unavailable.js';

/**
 * The intake's store did not answer in time, or is unreachable: the news queue (candidates,
 * decisions, proposals) is unavailable for now. A StoreUnavailableError, so whatever treats those as
 * "try later" does so; the commands tell curators it is the news queue, not the digests.
 */
export class NewsQueueUnavailableError extends StoreUnavailableError {
  constructor(what: string, cause?: unknown) {
    super(what, cause);
    this.name = 'NewsQueueUnavailableError';
  }
}
