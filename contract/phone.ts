/**
 * The phone drawing's grid: content lays out its elements on 360 × 720, like a small
 * phone in portrait. Kept apart from the zod schema so the renderer can use the numbers.
 */
export const PHONE_WIDTH = 360;
export const PHONE_HEIGHT = 720;
