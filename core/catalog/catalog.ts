import type { WalkthroughSummary } from '../../contract/dto';
import type { Walkthrough } from '../../contract/walkthrough';
import { ServiceError } from '../../contract/errors';
import { loadWalkthroughs, type ContentProblem } from './load-walkthroughs';

/** The walkthroughs this point offers, filtered by its province. */
export class CatalogService {
  private walkthroughs: Walkthrough[] = [];
  problems: ContentProblem[] = [];

  constructor(
    private folder: string,
    private readonly province: () => string,
  ) {
    this.reload();
  }

  reload(): void {
    const loaded = loadWalkthroughs(this.folder);
    this.walkthroughs = loaded.walkthroughs;
    this.problems = loaded.problems;
  }

  private offered(): Walkthrough[] {
    const province = this.province().normalize('NFC').trim().toLocaleLowerCase('vi');
    const enabled = this.enabled();
    return this.walkthroughs.filter(
      (w) => (!w.provinces || w.provinces.some((p) => p.toLocaleLowerCase('vi') === province)) && (!enabled || enabled.includes(w.id)),
    );
  }

  /** Staff may switch walkthroughs off for this point (settings: enabled walkthroughs; null = all). */
  private enabled: () => string[] | null = () => null;
  setEnabledFilter(enabled: () => string[] | null): void {
    this.enabled = enabled;
  }

  list(): WalkthroughSummary[] {
    return this.offered().map((w) => ({
      id: w.id,
      code: w.code,
      icon: w.icon,
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
    return id === 'other' || this.walkthroughs.some((w) => w.id === id);
  }
}
