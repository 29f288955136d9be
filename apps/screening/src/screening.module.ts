import { DynamicModule, Module } from '@nestjs/common';
import { DeclarationScreening } from './declaration-screening';
import { DeclarationsController } from './declarations.controller';

/** Wires the pipeline, built from the service's adapters, to the batch transport. */
@Module({})
export class ScreeningModule {
  static register(screening: DeclarationScreening): DynamicModule {
    return {
      module: ScreeningModule,
      controllers: [DeclarationsController],
      providers: [{ provide: DeclarationScreening, useValue: screening }],
    };
  }
}
