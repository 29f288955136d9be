import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ConsoleGuard } from './auth/console-guard';
import { ConsoleDeps } from './console-deps';
import { FeedController } from './feed.controller';
import { HoldsController } from './holds.controller';
import { RuleSetsController } from './rule-sets.controller';
import { SessionController } from './session.controller';

/** The officers' console: its API, every route behind the guard. */
@Module({})
export class ConsoleModule {
  static register(deps: ConsoleDeps): DynamicModule {
    return {
      module: ConsoleModule,
      controllers: [SessionController, HoldsController, FeedController, RuleSetsController],
      providers: [
        { provide: ConsoleDeps, useValue: deps },
        { provide: APP_GUARD, useClass: ConsoleGuard },
      ],
    };
  }
}
