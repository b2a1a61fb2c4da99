// Every catalogue, as the page has them once its first screen is up (lib/i18n/core.ts holds only the
// first screen's): a module under test that imports core.ts alone reads the same words as in the page.
import "@/lib/i18n";
