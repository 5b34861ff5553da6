import type { feedbackMethods } from '../../contract/methods/feedback';
import type { HandlersFor } from '../dispatcher';
import type { FeedbackService } from './feedback';

export function feedbackHandlers({ feedback }: { feedback: FeedbackService }): HandlersFor<keyof typeof feedbackMethods> {
  return {
    'feedback.submit': ({ rating, walkthroughId }) => feedback.submit(rating, walkthroughId),
  };
}
