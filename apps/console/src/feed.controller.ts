import { Controller, MessageEvent, OnModuleDestroy, Sse } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { defer, from, Observable, share, switchMap, timer, concatMap } from 'rxjs';
import type { HoldChange, HoldFeedCursor } from '@chokepoint/persistence';
import { RequiresRole } from './auth/roles';
import { ConsoleDeps } from './console-deps';

/**
 * The live feed: new holds and changes (statuses, officers' actions) as server-sent events.
 * One poll of the database serves every open feed.
 */
@ApiTags('holds')
@Controller('api')
export class FeedController implements OnModuleDestroy {
  private readonly changes: Observable<HoldChange>;
  private stopped = false;

  constructor(deps: ConsoleDeps) {
    // Polled only while a feed is open; each time the first one opens, from that moment on.
    this.changes = defer(() => {
      let cursor: HoldFeedCursor | undefined;
      return timer(0, deps.feedPollMs).pipe(
        concatMap(async () => {
          if (this.stopped) return [];
          try {
            cursor ??= await deps.views.feedStart();
            const read = await deps.views.changesSince(cursor);
            cursor = read.cursor;
            return read.changes;
          } catch (err) {
            // A failed poll is tried again on the next tick; the feeds stay open.
            deps.logger.warn({ err }, 'console feed poll failed');
            return [];
          }
        }),
      );
    }).pipe(
      switchMap((changes) => from(changes)),
      share(),
    );
  }

  @Sse('feed')
  @RequiresRole('viewer')
  @ApiOperation({ summary: 'Server-sent events of hold changes. EventSource sends no headers: pass the token as ?access_token=.' })
  @ApiQuery({ name: 'access_token', required: false })
  feed(): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      const subscription = this.changes.subscribe((change) => subscriber.next({ type: change.kind, data: change }));
      return () => subscription.unsubscribe();
    });
  }

  onModuleDestroy(): void {
    this.stopped = true;
  }
}
