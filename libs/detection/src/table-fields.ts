import { z } from 'zod';

/** Fields every reference table validates alike. */
export const country = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2');
export const hsPrefix = z.string().regex(/^[0-9]{2,10}$/, 'HS code or prefix, digits only');
