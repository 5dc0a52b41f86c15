/** Props of a native select whose first option is empty ("Alle …"): the label stays above it. */
export const NATIVE_SELECT = { select: { native: true }, inputLabel: { shrink: true } } as const;
