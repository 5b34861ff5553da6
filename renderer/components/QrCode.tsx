// TEMP STUB
export function QrCode({ text, label, sizePx }: { text: string; label: string; sizePx: number }) { return <img alt={label} width={sizePx} data-text={text} />; }
