import { useLayoutEffect, useRef, useState, type CSSProperties, type MouseEvent } from 'react';
import { PHONE_HEIGHT, PHONE_WIDTH } from '../../../contract/phone';
import type { MockElement, PhoneScreen } from '../../../contract/walkthrough';
import { Icon } from '../../components/Icon';
import { useLocalized, useT } from '../../i18n/i18n';
import { kioskText } from './kiosk-messages';

/** Drawn a little larger than a real phone so labels stay readable from a standing height (the most it grows). */
export const PHONE_SCALE = 1.1;
/** The frame around the drawn screen (14 px each side, .phone-body in kiosk.css). */
const PHONE_FRAME = 28;
/** Below this the drawing stops shrinking (the step's text column scrolls instead). */
const MIN_PHONE_SCALE = 0.3;

/**
 * The scale that fits the drawing into the room its frame box has, so the whole phone,
 * and the place to tap on it, stay on one screen at any viewport and text size.
 */
function useFitScale() {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(PHONE_SCALE);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const fit = () => {
      const { clientWidth: w, clientHeight: h } = el;
      if (!w || !h) return;
      const next = Math.max(MIN_PHONE_SCALE, Math.min(PHONE_SCALE, (w - PHONE_FRAME) / PHONE_WIDTH, (h - PHONE_FRAME) / PHONE_HEIGHT));
      setScale((prev) => (Math.abs(prev - next) > 0.002 ? next : prev));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { box, scale };
}

export interface PhoneDrawingProps {
  screen: PhoneScreen;
  /** Practice mode: the place to tap is a real button and other taps give a hint. */
  practice: boolean;
  /** After a wrong tap, the place to tap is shown as strongly as in guide mode. */
  emphasise: boolean;
  /** False while a safety warning is unread: the picture cannot be used to go on. */
  enabled: boolean;
  onTarget(): void;
  onMiss(): void;
}

/**
 * A simplified picture of the phone screen, built from the content data (never a
 * screenshot, so it stays true when apps change their looks). The drawing itself is
 * hidden from screen readers; its caption and the "place to tap" text say the same.
 */
export function PhoneDrawing({ screen, practice, emphasise, enabled, onTarget, onMiss }: PhoneDrawingProps) {
  const t = useT();
  const local = useLocalized();
  const target = screen.elements.find((e) => e.id === screen.target)!;
  const targetLabel = target.label ? local(target.label) : null;
  const caption = screen.title ? t(kioskText.phoneCaption, { title: local(screen.title) }) : t(kioskText.phoneCaptionUntitled);
  const strong = !practice || emphasise;
  const { box, scale } = useFitScale();

  // A tap anywhere on the picture but the place to tap: a gentle hint, never a failure sound.
  const onSurfaceClick = (e: MouseEvent<HTMLElement>) => {
    if (!practice || !enabled) return;
    if ((e.target as HTMLElement).closest('.phone-target')) return;
    onMiss();
  };

  return (
    // A tap on the picture (or beside it, or on its caption) outside the target only triggers a hint; the target itself is a real button.
    <figure className="phone" aria-label={caption} onClick={onSurfaceClick}>
      <div className="phone-fit" ref={box}>
      <div
        className="phone-body"
        style={{ width: PHONE_WIDTH * scale, height: PHONE_HEIGHT * scale, '--phone-scale': scale } as CSSProperties}
      >
        <div className="phone-screen" aria-hidden="true">
          {screen.elements.map((el) => (
            <MockPart key={el.id} element={el} scale={scale} isTarget={el.id === target.id} highlighted={el.id === target.id && strong} />
          ))}
        </div>
        {practice && (
          <button
            type="button"
            className={`phone-target${strong ? ' strong' : ''}`}
            style={hitBox(target, scale)}
            disabled={!enabled}
            onClick={onTarget}
            aria-label={targetLabel ? t(kioskText.tapHere, { label: targetLabel }) : t(kioskText.practiceAsk)}
          />
        )}
        {!practice && <span className="phone-hand" aria-hidden="true" style={handAt(target, scale)}>
            <Icon name="hand" />
          </span>}
      </div>
      </div>
      <figcaption className="phone-caption">
        {targetLabel ? t(kioskText.placeToTap, { label: targetLabel }) : t(kioskText.placeToTapUnnamed)}
      </figcaption>
    </figure>
  );
}

function MockPart({ element, scale, isTarget, highlighted }: { element: MockElement; scale: number; isTarget: boolean; highlighted: boolean }) {
  const local = useLocalized();
  const style = {
    left: element.x * scale,
    top: element.y * scale,
    width: element.w * scale,
    height: element.h * scale,
  };
  const classes = ['mock', `mock-${element.kind}`, isTarget ? 'mock-target' : '', highlighted ? 'highlighted' : ''].filter(Boolean).join(' ');
  return (
    <div className={classes} style={style}>
      {element.kind === 'keypad' ? <Keypad /> : element.kind === 'qr' ? <span className="mock-qr-pattern" /> : element.label ? local(element.label) : null}
    </div>
  );
}

function Keypad() {
  return (
    <span className="mock-keypad">
      {['1', '2', '3', '4', '5', '6', '7', '8', '9', '', '0', '⌫'].map((k, i) => (
        <span key={i}>{k}</span>
      ))}
    </span>
  );
}

/** The tap area is at least 72 × 72 CSS px, centred on the drawn element, even when the drawing is smaller. */
const MIN_TARGET = 72;
function hitBox(el: MockElement, scale: number) {
  const w = Math.max(el.w * scale, MIN_TARGET);
  const h = Math.max(el.h * scale, MIN_TARGET);
  const cx = (el.x + el.w / 2) * scale;
  const cy = (el.y + el.h / 2) * scale;
  const left = clamp(cx - w / 2, 0, PHONE_WIDTH * scale - w);
  const top = clamp(cy - h / 2, 0, PHONE_HEIGHT * scale - h);
  return { left, top, width: w, height: h };
}

function handAt(el: MockElement, scale: number) {
  return { left: (el.x + el.w / 2) * scale, top: (el.y + el.h) * scale };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), Math.max(lo, hi));
}
