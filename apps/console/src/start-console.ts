import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Express, Request, Response } from 'express';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Clock, ConsoleSettings, Logger, Settings, systemClock } from '@chokepoint/config';
import { ConsoleUserStore, HoldDesk, HoldDeskViews, RuleSetStore } from '@chokepoint/persistence';
import { ConsoleTokens } from './auth/console-tokens';
import { ConsoleDeps } from './console-deps';
import { ConsoleModule } from './console.module';

export interface ConsoleOptions {
  settings: ConsoleSettings;
  dataSource: DataSource;
  logger: Logger;
  releases: { topic: string; source: string };
  /** Where a rule set document activated from the console has its table files read. */
  referenceDataDir: string;
  clock?: Clock;
  /** Create a first supervisor when there are no users yet (the embedded default). */
  firstUser?: boolean;
}

export interface RunningConsole {
  url: string;
  /** The first user's credentials, when this start created them. */
  firstUser?: { username: string; password: string };
  close(): Promise<void>;
}

/**
 * The console as a deployment's settings describe it: releases to the clearances topic under the
 * service's CloudEvents source; a first supervisor only where no identity provider signs users in.
 */
export function consoleOptionsFrom(settings: Settings, dataSource: DataSource, logger: Logger): ConsoleOptions {
  return {
    settings: settings.console,
    dataSource,
    logger: logger.child({ component: 'console' }),
    releases: { topic: settings.topics.clearances, source: settings.screening.decisionSource },
    referenceDataDir: settings.ruleSets.referenceDataDir,
    firstUser: !settings.console.identityProvider,
  };
}

/** Starts the console: API under /api, its OpenAPI description at /api/openapi.json, the web page at /. */
export async function startConsole(options: ConsoleOptions): Promise<RunningConsole> {
  const clock = options.clock ?? systemClock;
  const users = new ConsoleUserStore(options.dataSource);
  const firstUser = options.firstUser ? await createFirstUser(users, clock) : undefined;
  const deps = new ConsoleDeps({
    desk: new HoldDesk(options.dataSource),
    views: new HoldDeskViews(options.dataSource),
    users,
    ruleSets: new RuleSetStore(options.dataSource),
    tokens: await ConsoleTokens.create(options.settings),
    clock,
    logger: options.logger,
    releases: options.releases,
    feedPollMs: options.settings.feedPollMs,
    referenceDataDir: options.referenceDataDir,
  });
  const app = await NestFactory.create<NestExpressApplication>(ConsoleModule.register(deps), { logger: false });
  app.disable('x-powered-by');
  app.useStaticAssets(webFolder(), { index: 'index.html' });
  for (const [prefix, entry] of VENDOR) app.useStaticAssets(dirname(require.resolve(entry)), { prefix });
  const document = SwaggerModule.createDocument(app, new DocumentBuilder().setTitle('Chokepoint officers’ console').setDescription('Held export declarations: the queue, the evidence, the officers’ actions.').setVersion('1').addBearerAuth().build());
  // Public, like the page itself: it describes the API and holds no data.
  (app.getHttpAdapter().getInstance() as Express).get('/api/openapi.json', (_req: Request, res: Response) => res.json(document));
  await app.listen(options.settings.port, options.settings.host);
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://${options.settings.host}:${address.port}`;
  options.logger.info({ url }, 'console started');
  return { url, ...(firstUser ? { firstUser } : {}), close: () => app.close() };
}

/** Front-end modules served as they are published (the folder of each package's entry): no bundler between the page and the browser. */
const VENDOR: [string, string][] = [
  ['/vendor/preact', 'preact'],
  ['/vendor/preact-hooks', 'preact/hooks'],
  ['/vendor/htm', 'htm'],
];

/** The page's folder: beside the sources, or in the repository when running from dist/. */
function webFolder(): string {
  const candidates = [join(__dirname, '../web'), join(__dirname, '../../../../apps/console/web')];
  const found = candidates.find((c) => existsSync(join(c, 'index.html')));
  if (!found) throw new Error(`the console's web folder is missing (looked in ${candidates.join(', ')})`);
  return found;
}

async function createFirstUser(users: ConsoleUserStore, clock: Clock): Promise<{ username: string; password: string } | undefined> {
  if ((await users.count()) > 0) return undefined;
  const password = randomBytes(12).toString('base64url');
  const created = await users.add({ username: 'supervisor', displayName: 'First supervisor', role: 'supervisor', password }, clock.now());
  return created ? { username: 'supervisor', password } : undefined;
}
