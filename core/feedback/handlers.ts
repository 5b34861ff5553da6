import type { feedbackMethods } from '../../contract/methods/feedback';
import type { HandlersFor } from '../dispatcher';
import type { Services } from '../services';

export function feedbackHandlers(s: Services): HandlersFor<keyof typeof feedbackMethods> {
  return {
    'feedback.submit': ({ rating, walkthroughId }) => s.feedback.submit(rating, walkthroughId),
  };
}
