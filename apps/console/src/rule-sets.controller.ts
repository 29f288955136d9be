import { BadRequestException, Body, ConflictException, Controller, Get, NotFoundException, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Officer, RuleSet, RuleSetError, ruleSetFrom, ruleSetFromText } from '@chokepoint/detection';
import { RuleSetStore, RuleSetVersionConflict } from '@chokepoint/persistence';
import { RequiresRole, SignedIn } from './auth/roles';
import { ConsoleDeps } from './console-deps';
import { openApiSchema, Parsed } from './zod-pipe';

/** A stored version to make active again (a rollback), or a new rule set document (YAML or JSON). */
export const ACTIVATION_BODY = z
  .object({
    version: z.string().min(1).max(100).optional(),
    document: z.string().min(1).max(1_000_000).optional(),
    reason: z.string().trim().min(3, 'say why, in a few words').max(2000),
  })
  .strict()
  .refine((b) => (b.version === undefined) !== (b.document === undefined), 'give either a stored version or a document');

/** Rule sets as the console shows them; supervisors activate, on record, as `chokepoint rules activate` does. */
@ApiTags('rule sets')
@Controller('api/rule-sets')
export class RuleSetsController {
  constructor(private readonly deps: ConsoleDeps) {}

  @Get()
  @RequiresRole('viewer')
  @ApiOperation({ summary: 'The active rule set, every activation (who, when, why) and the stored versions.' })
  async list() {
    const store = this.deps.ruleSets;
    const [active, activations, stored] = await Promise.all([store.active(), store.activations(), store.stored()]);
    return { active: active ? { version: active.ruleSet.version, digest: active.ruleSet.digest, activation: active.activation } : null, activations, stored };
  }

  @Post('activations')
  @RequiresRole('supervisor')
  @ApiOperation({ summary: 'Activate a stored rule set version again, or a new rule set document; the screening services follow within RULE_SET_REFRESH_SECONDS.' })
  @ApiBody({ schema: openApiSchema(ACTIVATION_BODY) })
  async activate(@Body(new Parsed(ACTIVATION_BODY)) body: z.infer<typeof ACTIVATION_BODY>, @SignedIn() officer: Officer) {
    const store = this.deps.ruleSets;
    const ruleSet = body.version ? await this.stored(store, body.version) : this.parsed(body.document!);
    try {
      const activation = await store.activate({ version: ruleSet.version, digest: ruleSet.digest, document: ruleSet.document }, { activatedBy: officer.username, reason: body.reason, at: this.deps.clock.now() });
      this.deps.logger.info({ version: ruleSet.version, by: officer.username }, 'rule set activated from the console');
      return activation;
    } catch (error) {
      if (error instanceof RuleSetVersionConflict) throw new ConflictException(error.message);
      throw error;
    }
  }

  private async stored(store: RuleSetStore, version: string): Promise<RuleSet> {
    const stored = await store.find(version);
    if (!stored) throw new NotFoundException(`no stored rule set ${version}`);
    return this.checked(() => ruleSetFrom(stored.document));
  }

  /** A new document, its table files read from the reference data folder as the CLI reads them. */
  private parsed(text: string): RuleSet {
    return this.checked(() => ruleSetFromText(text, this.deps.referenceDataDir));
  }

  private checked(load: () => RuleSet): RuleSet {
    try {
      return load();
    } catch (error) {
      if (error instanceof RuleSetError || (error as NodeJS.ErrnoException).code === 'ENOENT') throw new BadRequestException((error as Error).message);
      throw error;
    }
  }
}
