import { z } from 'zod';
import { PERIOD_GRAINS } from '../../contract/indicators';
import { GROUPINGS } from './indicators';

/** The dashboard's calls, validated at the boundary like the points' ones. */
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'not a calendar day');

export const SignInInput = z.object({ password: z.string().min(1).max(200) }).strict();

export const CreatePointInput = z
  .object({
    communeCode: z.string().regex(/^\d{5}$/),
    pointNumber: z.number().int().min(1).max(99).optional(),
    label: z.string().trim().max(120).default(''),
  })
  .strict();

export const IndicatorQuery = z
  .object({
    from: Day,
    to: Day,
    grain: z.enum(PERIOD_GRAINS).default('day'),
    by: z.enum(GROUPINGS).default('point'),
    points: z
      .string()
      .max(4000)
      .optional()
      .transform((s) => (s ? s.split(',').filter(Boolean) : undefined))
      .pipe(z.array(z.string().regex(/^\d{2}-\d{5}-\d{2}$/)).max(500).optional()),
  })
  .strict()
  .refine((q) => q.from <= q.to, { message: 'the first day must not be after the last', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 400 * 86_400_000, { message: 'at most 400 days at a time', path: ['to'] });
export type IndicatorQuery = z.infer<typeof IndicatorQuery>;
