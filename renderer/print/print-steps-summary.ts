// TEMP STUB
import type { WalkthroughContent } from '../../contract/dto';
export async function printStepsSummary(_w: WalkthroughContent, _l: 'vi' | 'en', _o: { pointName: string; timeZone: string }): Promise<void> {}
