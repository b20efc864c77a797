/** CSS colour of a thread's palette slot (Okabe–Ito, defined in the theme). */
export const threadColor = (slot: number): string => `var(--thread-${slot % 6})`;
