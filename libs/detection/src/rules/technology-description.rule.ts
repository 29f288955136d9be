import { z } from 'zod';
import { Hit } from '@chokepoint/contracts';
import { Rule } from '../rule-set';
import { score } from './rule-params';

export const TECHNOLOGY_DESCRIPTION_RULE_ID = 'technology-description-mismatch';

const PARAMS = z
  .object({
    score: score(45),
    /** The description names goods of the CHPL, declared under a neighbouring subheading off the list. */
    neighbouringCodeScore: score(45),
  })
  .strict();

/**
 * Goods whose description names a controlled technology (the rule set's keyword table) but
 * whose HS code is outside the chapters such goods are classified under: the description
 * tells what the HS code hides. One hit per item.
 */
export const technologyDescriptionRule: Rule<z.infer<typeof PARAMS>> = {
  id: TECHNOLOGY_DESCRIPTION_RULE_ID,
  summary: 'Description names a controlled technology that the declared HS code does not cover',
  params: PARAMS,
  evaluate(_declaration, params, env): Hit[] {
    return env.goods.flatMap(({ item, hs6, chpl }): Hit[] => {
      for (const keyword of env.tables.technologyKeywords) {
        const named = keyword.pattern.exec(item.description);
        if (!named) continue;
        if (keyword.hsPrefixes.some((prefix) => item.hsCode.startsWith(prefix))) {
          // In the right heading, but off the CHPL where such goods are on it: the neighbouring code hides them.
          if (!keyword.chplHs6 || chpl || keyword.chplHs6.includes(hs6)) continue;
          return [
            {
              ruleId: TECHNOLOGY_DESCRIPTION_RULE_ID,
              category: 'MISDECLARATION',
              severity: 'HIGH',
              score: params.neighbouringCodeScore,
              message: `Item ${item.lineNumber} is described as "${item.description}", naming ${keyword.technology} ("${named[0]}"), which the Common High Priority List has under ${keyword.chplHs6.join(', ')}, but is declared under HS ${item.hsCode}, a neighbouring code off the list.`,
              itemLines: [item.lineNumber],
              evidence: { lineNumber: item.lineNumber, hsCode: item.hsCode, description: item.description, term: named[0], technology: keyword.technology, chplHs6: keyword.chplHs6 },
            } satisfies Hit,
          ];
        }
        return [
          {
            ruleId: TECHNOLOGY_DESCRIPTION_RULE_ID,
            category: 'MISDECLARATION',
            severity: 'HIGH',
            score: params.score,
            message: `Item ${item.lineNumber} is described as "${item.description}", naming ${keyword.technology} ("${named[0]}"), but is declared under HS ${item.hsCode}, outside ${keyword.hsPrefixes.join(', ')} where such goods belong.`,
            itemLines: [item.lineNumber],
            evidence: { lineNumber: item.lineNumber, hsCode: item.hsCode, description: item.description, term: named[0], technology: keyword.technology, expectedHsPrefixes: keyword.hsPrefixes },
          } satisfies Hit,
        ];
      }
      return [];
    });
  },
};
