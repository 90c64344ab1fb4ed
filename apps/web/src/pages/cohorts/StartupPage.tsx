export function StartupPage() { return null; }
