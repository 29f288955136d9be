import { Logger } from '@chokepoint/config';
import { Allowlist, AllowlistEntry, buildIndexFrom, parseListSource, PartyScreener, ReadingDictionaries, readingDictionaries } from '@chokepoint/party-screening';

export interface PartyListKeeperOptions {
  /** `<format>:<path-or-url>` sources. */
  lists: string[];
  threshold: number;
  reloadMinutes: number;
  /** Load the name dictionaries (Japanese names in kanji) once, for every index built. */
  nameDictionaries: boolean;
  logger: Logger;
}

/**
 * Keeps the party lists current: loads them at start (a service that cannot read its lists
 * must not screen), then reloads on a schedule or on request. A reload builds the new index
 * beside the old one and swaps it in; a failed reload keeps the lists in use and says so.
 */
export class PartyListKeeper {
  private timer?: NodeJS.Timeout;
  private reloading?: Promise<void>;
  /** Reads the allowlist again now (SIGHUP, tests); a no-op until `followAllowlist`. */
  refreshAllowlist: () => Promise<void> = async () => undefined;

  private constructor(
    readonly screener: PartyScreener,
    private readonly options: PartyListKeeperOptions & { dictionaries: ReadingDictionaries },
  ) {}

  static async start(options: PartyListKeeperOptions): Promise<PartyListKeeper> {
    const sources = options.lists.map(parseListSource);
    const started = performance.now();
    const dictionaries = await readingDictionaries(options.nameDictionaries);
    const index = await buildIndexFrom(sources, dictionaries);
    options.logger.info({ versions: index.listVersions, entities: index.entities.length, names: index.names.length, ms: Math.round(performance.now() - started) }, sources.length ? 'party lists loaded' : 'no party lists configured: parties are not screened against sanctions lists');
    const keeper = new PartyListKeeper(new PartyScreener(index, new Allowlist(), options.threshold), { ...options, dictionaries });
    keeper.timer = setInterval(() => void keeper.reload(), options.reloadMinutes * 60_000);
    keeper.timer.unref();
    return keeper;
  }

  /** Reloads the lists now; concurrent requests share one reload. */
  reload(): Promise<void> {
    this.reloading ??= this.rebuild().finally(() => (this.reloading = undefined));
    return this.reloading;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /**
   * Reads the allowlist now and then every `refreshSeconds`, swapping it in when it changed, so
   * an officer's finding is honoured within that time. Resolves once the first read is in (a
   * service must not screen without the findings it has); returns the means to stop following.
   */
  async followAllowlist(read: () => Promise<AllowlistEntry[]>, refreshSeconds: number): Promise<() => void> {
    const refresh = async () => {
      const allowlist = new Allowlist(await read());
      if (allowlist.version === this.screener.allowlistVersion) return;
      this.screener.replaceAllowlist(allowlist);
      this.options.logger.info({ entries: allowlist.entries.length, version: allowlist.version ?? null }, 'allowlist in force');
    };
    this.refreshAllowlist = refresh;
    await refresh();
    const timer = setInterval(() => {
      refresh().catch((error) => this.options.logger.error({ err: error }, 'allowlist refresh failed: screening goes on with the allowlist in force'));
    }, refreshSeconds * 1000);
    timer.unref();
    return () => clearInterval(timer);
  }

  private async rebuild(): Promise<void> {
    const { logger } = this.options;
    try {
      const before = this.screener.versions;
      const index = await buildIndexFrom(this.options.lists.map(parseListSource), this.options.dictionaries);
      this.screener.replaceIndex(index);
      logger.info({ before, after: this.screener.versions, entities: index.entities.length }, 'party lists reloaded');
    } catch (error) {
      logger.error({ err: error, versions: this.screener.versions }, 'party list reload failed: screening goes on with the lists in use');
    }
  }
}
