export const messages: { en: Record<string, string>; es: Record<string, string> } = { en: {}, es: {} };
