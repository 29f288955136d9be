import { Body, Controller, Get, HttpCode, HttpException, HttpStatus, Post, UnauthorizedException } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Officer } from '@chokepoint/detection';
import { RequiresRole, SignedIn } from './auth/roles';
import { SignInThrottle } from './auth/sign-in-throttle';
import { SIGN_IN_BODY } from './console-requests';
import { ConsoleDeps } from './console-deps';
import { openApiSchema, Parsed } from './zod-pipe';
import type { z } from 'zod';

@ApiTags('session')
@Controller('api/session')
export class SessionController {
  private readonly throttle = new SignInThrottle();

  constructor(private readonly deps: ConsoleDeps) {}

  @Post()
  @HttpCode(200)
  @RequiresRole('anyone')
  @ApiOperation({ summary: 'Sign a local user in: a bearer token for the other endpoints.' })
  @ApiBody({ schema: openApiSchema(SIGN_IN_BODY) })
  async signIn(@Body(new Parsed(SIGN_IN_BODY)) body: z.infer<typeof SIGN_IN_BODY>) {
    const now = this.deps.clock.now();
    const wait = this.throttle.waitFor(body.username, now);
    if (wait > 0) throw new HttpException(`too many failed sign-ins: try again in ${Math.ceil(wait / 60_000)} min`, HttpStatus.TOO_MANY_REQUESTS);
    const user = await this.deps.users.verify(body.username, body.password);
    if (!user) {
      this.throttle.failed(body.username, now);
      this.deps.logger.warn({ username: body.username }, 'console sign-in refused');
      throw new UnauthorizedException('unknown user or wrong password');
    }
    this.throttle.succeeded(body.username);
    const officer = { username: user.username, role: user.role };
    return { ...(await this.deps.tokens.issue(officer, this.deps.clock.now())), officer: { ...officer, displayName: user.displayName } };
  }

  @Get()
  @RequiresRole('viewer')
  @ApiOperation({ summary: 'Who the bearer token signs in, with which role.' })
  whoAmI(@SignedIn() officer: Officer) {
    return officer;
  }
}
