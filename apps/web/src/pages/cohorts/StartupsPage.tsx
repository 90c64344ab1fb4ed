export function StartupsPage() { return null; }
