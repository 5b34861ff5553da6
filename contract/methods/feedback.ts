import { z } from 'zod';
import { FEEDBACK_RATINGS } from '../codes';
import { Id, method } from './define';

export const FeedbackInput = z
  .object({
    rating: z.enum(FEEDBACK_RATINGS),
    /** The guide the visitor had open, if any. Unknown ids are kept as null (see FeedbackService). */
    walkthroughId: Id.nullable().default(null),
  })
  .strict();

export const feedbackMethods = {
  /** One tap at the end of a guide: a rating, the day, nothing about who tapped. */
  'feedback.submit': method<{ ok: true }>()('visitor', FeedbackInput),
};
