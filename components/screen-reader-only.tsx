/**
 * The `hidden` tag of rich translations (`t.rich('…<hidden>…</hidden>')`): words that give a
 * screen-reader user the context sighted users get from the layout.
 */
export const screenReaderOnly = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;
