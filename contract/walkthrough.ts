import { z } from 'zod';
import { isPictureFile, isPlainRelativePath } from './content-files';

/**
 * The content schema for one walkthrough file under assets/walkthroughs/.
 * Text is always bilingual and normalised to NFC, because decomposed Vietnamese
 * marks render misplaced in some fonts and break text-keyed audio lookups.
 */
const nfc = z
  .string()
  .trim()
  .min(1)
  .transform((s) => s.normalize('NFC'));

export const BilingualText = z.object({ vi: nfc, en: nfc }).strict();
export type BilingualText = z.infer<typeof BilingualText>;

import { PHONE_HEIGHT, PHONE_WIDTH } from './phone';
export { PHONE_HEIGHT, PHONE_WIDTH };

export const MOCK_ELEMENT_KINDS = ['header', 'text', 'button', 'field', 'icon', 'list-item', 'tab', 'image', 'keypad', 'qr', 'warning'] as const;

export const MockElement = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    kind: z.enum(MOCK_ELEMENT_KINDS),
    label: BilingualText.optional(),
    x: z.number().int().min(0).max(PHONE_WIDTH),
    y: z.number().int().min(0).max(PHONE_HEIGHT),
    w: z.number().int().min(8).max(PHONE_WIDTH),
    h: z.number().int().min(8).max(PHONE_HEIGHT),
  })
  .strict()
  .refine((e) => e.x + e.w <= PHONE_WIDTH && e.y + e.h <= PHONE_HEIGHT, { message: 'element must fit inside the 360×720 phone' });
export type MockElement = z.infer<typeof MockElement>;

export const PhoneScreen = z
  .object({
    title: BilingualText.optional(),
    elements: z.array(MockElement).min(1).max(24),
    /** Id of the element the visitor should tap in practice mode. */
    target: z.string(),
  })
  .strict()
  .refine((s) => s.elements.some((e) => e.id === s.target), { message: 'target must name one of the elements', path: ['target'] })
  .refine((s) => new Set(s.elements.map((e) => e.id)).size === s.elements.length, { message: 'element ids must be unique', path: ['elements'] });
export type PhoneScreen = z.infer<typeof PhoneScreen>;

export const WalkthroughStep = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    instruction: BilingualText,
    /**
     * The short text shown on screen under the instruction (about two short sentences; the
     * content test holds the length). When absent the screen shows `readAloud`.
     */
    body: BilingualText.optional(),
    /** What the kiosk reads aloud for the step: may say more than `body`. */
    readAloud: BilingualText,
    screen: PhoneScreen,
    /** Shown for OTP, password and money steps; the visitor must confirm having read it. */
    safety: BilingualText.optional(),
    /** Recorded clips shipped beside the file, by language; optional. */
    audio: z.object({ vi: z.string().optional(), en: z.string().optional() }).strict().optional(),
  })
  .strict();
export type WalkthroughStep = z.infer<typeof WalkthroughStep>;

export const ScenarioQuestion = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    prompt: BilingualText,
    options: z
      .array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), label: BilingualText, correct: z.boolean(), feedback: BilingualText }).strict())
      .min(2)
      .max(4),
  })
  .strict()
  .refine((q) => q.options.some((o) => o.correct), { message: 'at least one option must be correct', path: ['options'] });
export type ScenarioQuestion = z.infer<typeof ScenarioQuestion>;

export const OfficialLink = z.object({ url: z.string().url().startsWith('https://'), label: BilingualText }).strict();

/** Picture types a walkthrough may name for its tile (also what a content pack accepts for it). */
export const PicturePath = nfc.refine((p) => isPlainRelativePath(p) && isPictureFile(p), {
  message: 'picture must be a plain relative path to a .svg, .png or .webp file inside the walkthrough folder',
});

/** Where a guide's facts come from: for staff and reviewers, never shown to visitors. */
export const ContentSource = z
  .object({
    url: z.string().url().startsWith('https://'),
    title: z.union([nfc, BilingualText]),
    /** What this source backs, e.g. "steps 1–3: the menu path". */
    note: nfc.optional(),
  })
  .strict();
export type ContentSource = z.infer<typeof ContentSource>;

export const Walkthrough = z
  .object({
    schemaVersion: z.literal(1),
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Reference code, W1…W12 for the shipped set. */
    code: z.string().regex(/^[A-Z][A-Z0-9-]*$/),
    order: z.number().int().min(0),
    /** Emoji shown only when there is no picture (or it fails to load). */
    icon: z.string().min(1).max(8),
    /** The tile picture, a file in the walkthrough folder (see PicturePath). */
    picture: PicturePath.optional(),
    title: BilingualText,
    goal: BilingualText,
    needs: z.array(BilingualText).max(6),
    /** When set, shown only at points in one of these provinces (e.g. iHanoi: Hà Nội). */
    provinces: z.array(nfc).min(1).optional(),
    steps: z.array(WalkthroughStep).min(4).max(8),
    questions: z.array(ScenarioQuestion).min(1).max(3),
    officialLink: OfficialLink,
    /** The public pages the steps were checked against (staff content page). */
    sources: z.array(ContentSource).min(1).max(12).optional(),
  })
  .strict()
  .refine((w) => new Set(w.steps.map((s) => s.id)).size === w.steps.length, { message: 'step ids must be unique', path: ['steps'] });
export type Walkthrough = z.infer<typeof Walkthrough>;
