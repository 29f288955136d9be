import { ExportDeclaration, Hit } from '@chokepoint/contracts';
import { Rule } from '../rule-set';

export const UNLICENSED_CONTROL_CODE_RULE_ID = 'unlicensed-control-code';

/** Goods declared under an export-control classification but shipped without a licence. */
export const unlicensedControlCodeRule: Rule = {
  id: UNLICENSED_CONTROL_CODE_RULE_ID,
  evaluate(declaration: ExportDeclaration): Hit[] {
    const unlicensed = declaration.items.filter((item) => item.controlCode?.trim() && !item.licence?.number?.trim());
    if (unlicensed.length === 0) return [];
    const lines = unlicensed.map((i) => i.lineNumber);
    const codes = [...new Set(unlicensed.map((i) => i.controlCode!.trim()))];
    return [
      {
        ruleId: UNLICENSED_CONTROL_CODE_RULE_ID,
        category: 'STRATEGIC_GOODS',
        severity: 'HIGH',
        score: 60,
        message: `${lines.length === 1 ? 'Item' : 'Items'} ${lines.join(', ')} ${lines.length === 1 ? 'is' : 'are'} declared under control ${codes.length === 1 ? 'code' : 'codes'} ${codes.join(', ')} without an export licence.`,
        itemLines: lines,
        evidence: {
          items: unlicensed.map((i) => ({ lineNumber: i.lineNumber, hsCode: i.hsCode, controlCode: i.controlCode, value: i.value })),
        },
      },
    ];
  },
};
