import type { AppInfo } from '../dto';
import { Empty, method } from './define';

export const appMethods = {
  'app.info': method<AppInfo>()('visitor', Empty),
};
