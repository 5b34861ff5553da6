/**
 * The screens' own icons, drawn in SVG and bundled, so they look the same on every
 * PC whatever emoji font it has (or none). Decorative: the text beside each says it.
 */
const PATHS = {
  restart: 'M4 12a8 8 0 1 0 2.4-5.7M4 4v4.5h4.5',
  back: 'M19 12H5m6-6-6 6 6 6',
  listen: 'M4 9v6h4l5 4V5L8 9H4zm12.5-1.5a5 5 0 0 1 0 9M19 5a9 9 0 0 1 0 14',
  contrast: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 0v18',
  language: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z',
  help: 'M12 7.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM6 21v-6a6 6 0 0 1 12 0v6M18 4l3-2M6 4 3 2',
  stop: 'M6 6h12v12H6z',
  quieter: 'M4 9v6h4l5 4V5L8 9H4zm12 3h5',
  louder: 'M4 9v6h4l5 4V5L8 9H4zm12 3h6m-3-3v6',
  print: 'M7 9V3h10v6M7 17H4v-7h16v7h-3M7 14h10v7H7z',
  warning: 'M12 3 2 20h20L12 3zm0 6v5m0 3v.5',
  check: 'M4 12.5 9.5 18 20 6',
  hand: 'M9 13V4.5a1.5 1.5 0 0 1 3 0V11m0-1.5a1.5 1.5 0 0 1 3 0V12m0-1a1.5 1.5 0 0 1 3 0v4.5a6.5 6.5 0 0 1-6.5 6.5H11a6 6 0 0 1-4.6-2.2L3.8 16.6a1.6 1.6 0 0 1 2.3-2.2L9 17',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg className={`icon${className ? ` ${className}` : ''}`} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
