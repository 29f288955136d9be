import { Controller, Inject } from '@nestjs/common';
import { EventPattern } from '@nestjs/microservices';
import { DECLARATION_BATCH, RecordBatch } from '@chokepoint/messaging';
import { DeclarationScreening } from './declaration-screening';

/** Receives each batch of the declarations topic from the batch transport. */
@Controller()
export class DeclarationsController {
  constructor(@Inject(DeclarationScreening) private readonly screening: DeclarationScreening) {}

  @EventPattern(DECLARATION_BATCH)
  async screen(batch: RecordBatch): Promise<void> {
    await this.screening.screenBatch(batch);
  }
}
