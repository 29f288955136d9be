import { Body, ConflictException, Controller, ForbiddenException, Get, NotFoundException, Param, Post, Query, BadRequestException } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import type { Officer } from '@chokepoint/detection';
import { InvalidCursor } from '@chokepoint/persistence';
import { RequiresRole, SignedIn } from './auth/roles';
import { ConsoleDeps } from './console-deps';
import { ACTION_BODY, DASHBOARD_QUERY, QUEUE_QUERY } from './console-requests';
import { openApiSchema, Parsed } from './zod-pipe';

const QUEUE_PARAMS = ['lane', 'category', 'rule', 'destination', 'consigneeCountry', 'hsChapter', 'exporter', 'minAgeHours', 'assignee', 'order', 'limit', 'cursor'];

@ApiTags('holds')
@Controller('api')
export class HoldsController {
  constructor(private readonly deps: ConsoleDeps) {}

  @Get('holds')
  @RequiresRole('viewer')
  @ApiOperation({ summary: 'Held declarations as a queue: filters, sort by risk or age, cursor pagination (pass nextCursor back as cursor).' })
  @ApiQuery({ name: 'filters', required: false, description: `Query parameters: ${QUEUE_PARAMS.join(', ')}. lane takes GREEN,YELLOW,RED comma-separated; assignee=none for untaken holds.` })
  async queue(@Query(new Parsed(QUEUE_QUERY)) query: z.infer<typeof QUEUE_QUERY>) {
    const { order, limit, cursor, lane, rule, ...rest } = query;
    try {
      return await this.deps.desk.queue({ ...rest, ...(lane ? { lanes: lane } : {}), ...(rule ? { ruleId: rule } : {}) }, order, limit, cursor, this.deps.clock.now());
    } catch (error) {
      if (error instanceof InvalidCursor) throw new BadRequestException(error.message);
      throw error;
    }
  }

  @Get('holds/:declarationId')
  @RequiresRole('viewer')
  @ApiOperation({ summary: 'One declaration in full: every revision, the decision and its evidence, the officers’ work and actions, earlier declarations of the same exporter and consignee.' })
  async detail(@Param('declarationId') declarationId: string) {
    const detail = await this.deps.desk.detail(declarationId);
    if (!detail) throw new NotFoundException(`no declaration ${declarationId}`);
    return detail;
  }

  @Post('holds/:declarationId/actions')
  @RequiresRole('officer')
  @ApiOperation({ summary: 'Act on a hold (assign, request documents, confirm, release, approve or reject a release, allowlist a false party match), with a justification; written to the audit log.' })
  @ApiBody({ schema: openApiSchema(ACTION_BODY) })
  async act(@Param('declarationId') declarationId: string, @Body(new Parsed(ACTION_BODY)) body: z.infer<typeof ACTION_BODY>, @SignedIn() officer: Officer) {
    const outcome = await this.deps.desk.act({ declarationId, decisionId: body.decisionId, action: body.action, officer, justification: body.justification, at: this.deps.clock.now(), releases: this.deps.releases });
    if (outcome.ok) {
      this.deps.logger.info({ declarationId, action: body.action.kind, officer: officer.username, status: outcome.status }, 'hold action');
      return outcome;
    }
    if (outcome.refusal === 'NOT_FOUND') throw new NotFoundException(outcome.reason);
    if (outcome.refusal === 'FORBIDDEN') throw new ForbiddenException(outcome.reason);
    throw new ConflictException(outcome.reason);
  }

  @Get('dashboard')
  @RequiresRole('viewer')
  @ApiOperation({ summary: 'Holds by lane and category per day, holds waiting and the oldest, releases and confirmations per rule.' })
  @ApiQuery({ name: 'days', required: false, schema: { type: 'integer', default: 30 } })
  dashboard(@Query(new Parsed(DASHBOARD_QUERY)) query: z.infer<typeof DASHBOARD_QUERY>) {
    return this.deps.views.dashboard(this.deps.clock.now(), query.days);
  }
}
