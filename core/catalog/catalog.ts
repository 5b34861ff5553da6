import type { WalkthroughSummary } from '../../contract/dto';
import type { Walkthrough } from '../../contract/walkthrough';
import { ServiceError } from '../../contract/errors';
import { OTHER_SERVICE } from '../../contract/codes';
import { foldPlaceName } from '../../contract/admin-units';
import { loadWalkthroughs, type ContentProblem } from './load-walkthroughs';

/** Which of the loaded walkthroughs the kiosk offers; both read from settings at each call. */
export interface CatalogFilter {
  /** The point's province: a walkthrough naming provinces is offered only in those. */
  province(): string;
  /** Its official 2-digit code, '' until chosen (issue 14): a walkthrough may name the province by code or by name. */
  provinceCode?(): string;
  /** Walkthrough ids staff left switched on; null offers every loaded one. */
  enabled(): string[] | null;
}

/** The walkthroughs this point offers: those in the content folder, for its province, not switched off by staff. */
export class CatalogService {
  private walkthroughs: Walkthrough[] = [];
  problems: ContentProblem[] = [];

  constructor(
    private folder: string,
    private readonly filter: CatalogFilter,
  ) {
    this.reload();
  }

  reload(): void {
    const loaded = loadWalkthroughs(this.folder);
    this.walkthroughs = loaded.walkthroughs;
    this.problems = loaded.problems;
  }

  private offered(): Walkthrough[] {
    // "Hà Nội", "Thành phố Hà Nội", "TP. Hà Nội" and the code "01" all name one province.
    const province = foldPlaceName(this.filter.province());
    const code = this.filter.provinceCode?.() ?? '';
    const here = (p: string) => (province !== '' && foldPlaceName(p) === province) || (code !== '' && p.trim() === code);
    const enabled = this.filter.enabled();
    return this.walkthroughs.filter((w) => (!w.provinces || w.provinces.some(here)) && (!enabled || enabled.includes(w.id)));
  }

  list(): WalkthroughSummary[] {
    return this.offered().map((w) => ({
      id: w.id,
      code: w.code,
      icon: w.icon,
      ...(w.picture ? { picture: w.picture } : {}),
      title: w.title,
      goal: w.goal,
      stepCount: w.steps.length,
    }));
  }

  get(id: string): Walkthrough {
    const found = this.offered().find((w) => w.id === id);
    if (!found) throw new ServiceError('not_found', 'error.walkthrough_not_found');
    return found;
  }

  /** Title of any loaded walkthrough, whatever the province; null when unknown. */
  titleOf(id: string): WalkthroughSummary['title'] | null {
    return this.walkthroughs.find((w) => w.id === id)?.title ?? null;
  }

  /** Every loaded walkthrough, ignoring the province filter (for staff screens). */
  all(): Walkthrough[] {
    return [...this.walkthroughs];
  }

  /** Reads walkthroughs from another folder from now on (an installed content pack). */
  setFolder(folder: string): void {
    this.folder = folder;
    this.reload();
  }

  currentFolder(): string {
    return this.folder;
  }

  /** Valid service categories for tickets: every loaded walkthrough, plus "other". */
  isCategory(id: string): boolean {
    return id === OTHER_SERVICE || this.walkthroughs.some((w) => w.id === id);
  }
}
